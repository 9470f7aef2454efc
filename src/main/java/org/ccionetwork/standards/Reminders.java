package org.ccionetwork.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberStatus;
import org.ccionetwork.organisations.Appointment;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.SignedMemberLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "keep your standards up to date" email: at most one a month to each current verified CCIO whose provider has
 * entries gone stale (no change for a year, a plan's date passed) or not yet recorded, through the outbox, with a
 * signed one-click opt-out link (RFC 8058) that works without signing in.
 */
@Service
class Reminders {

    static final String PATH = "/email/standards/unsubscribe";
    /** What the links sign, with the member's id; changing it would break every link already sent. */
    private static final String PURPOSE = "standards-reminder";

    private final ReminderRepository reminders;
    private final StandardRepository standards;
    private final StatusRepository statuses;
    private final Organisations organisations;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties site;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(ReminderRepository reminders, StandardRepository standards, StatusRepository statuses,
            Organisations organisations, MemberLookup members, Outbox outbox, CcioProperties site, JdbcClient jdbc,
            Clock clock) {
        this.reminders = reminders;
        this.standards = standards;
        this.statuses = statuses;
        this.organisations = organisations;
        this.members = members;
        this.outbox = outbox;
        this.site = site;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String link(long memberId) {
        return site.link(PATH + "?member=" + memberId + "&token=" + SignedMemberLinks.sign(reminders.key(), PURPOSE, memberId));
    }

    boolean valid(long memberId, String token) {
        return memberId > 0 && SignedMemberLinks.verify(reminders.key(), PURPOSE, memberId, token);
    }

    @Transactional
    void optOut(long memberId) {
        reminders.optOut(memberId, clock.instant());
    }

    @Transactional
    void optIn(long memberId) {
        reminders.optIn(memberId);
    }

    boolean optedOut(long memberId) {
        return reminders.optedOut(memberId);
    }

    /**
     * Queues the reminders due now and returns how many. One transaction, under an advisory lock so that two
     * instances running it at once do not both read the same state; each member's month is claimed in the same
     * transaction as their email, so a reminder exists exactly when its claim does.
     */
    @Transactional
    int sendDue() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(4242011)").query(Boolean.class).single()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        List<Standard> current = standards.all().stream().filter(s -> !s.retired()).toList();
        Map<Long, Map<Long, ProviderStatus>> byProvider = new HashMap<>();
        statuses.all().forEach(s -> byProvider.computeIfAbsent(s.organisationId(), id -> new HashMap<>()).put(s.standardId(), s));
        var open = new java.util.HashSet<Long>();
        organisations.providers().forEach(provider -> open.add(provider.id()));
        Map<Long, List<Appointment>> byMember = new LinkedHashMap<>();
        for (Appointment appointment : organisations.verifiedAppointments()) {
            if (appointment.currentOn(today) && open.contains(appointment.organisationId())) {
                byMember.computeIfAbsent(appointment.memberId(), id -> new ArrayList<>()).add(appointment);
            }
        }
        var people = members.findAll(byMember.keySet());
        int sent = 0;
        for (var entry : byMember.entrySet()) {
            var member = people.get(entry.getKey());
            if (member == null || member.email() == null || member.status() != MemberStatus.ACTIVE) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (Appointment appointment : entry.getValue()) {
                body.append(summary(appointment, current, byProvider.getOrDefault(appointment.organisationId(), Map.of()), today));
            }
            if (!body.isEmpty() && reminders.claim(member.id(), clock.instant())) {
                outbox.enqueue(email(member.email(), member.name(), member.id(), body.toString()));
                sent++;
            }
        }
        return sent;
    }

    private String summary(Appointment appointment, List<Standard> current, Map<Long, ProviderStatus> recorded, LocalDate today) {
        List<String> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Standard standard : current) {
            ProviderStatus status = recorded.get(standard.id());
            if (status == null || status.status() == AdoptionStatus.NOT_KNOWN) {
                missing.add(standard.name());
            } else if (Staleness.stale(status, today)) {
                stale.add(standard.name() + " (" + status.status().label().toLowerCase(java.util.Locale.ROOT)
                        + (status.status() == AdoptionStatus.PLANNED ? " for " + Dates.date(status.targetOn()) : "")
                        + ", last changed " + Dates.date(status.changedAt()) + ")");
            }
        }
        if (stale.isEmpty() && missing.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(appointment.organisationName()).append(" (")
                .append(site.link("/organisations/" + appointment.odsCode())).append(")\n");
        stale.forEach(line -> text.append("  - to check: ").append(line).append('\n'));
        if (!missing.isEmpty()) {
            text.append("  - not recorded yet: ").append(String.join(", ", missing)).append('\n');
        }
        return text.append('\n').toString();
    }

    private OutgoingEmail email(String to, String name, long memberId, String providers) {
        String link = link(memberId);
        String text = """
                Dear %s,

                The national standards tracker shows, for every NHS provider, where it stands with the standards that let
                clinical systems talk to each other. These entries for your organisation could do with a look:

                %sYou can update them from your organisation's page. We send this reminder at most once a month.

                To stop these reminders, without signing in, follow this link:
                %s

                The CCIO Network
                """.formatted(name, providers, link);
        return new OutgoingEmail(to, "Keep your standards up to date", text).withOneClickUnsubscribe(link);
    }
}
