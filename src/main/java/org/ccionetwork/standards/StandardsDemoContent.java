package org.ccionetwork.standards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statuses, with a little history, for the providers of the demonstration CCIOs: the national identifiers and
 * terminologies live, messaging under way, some plans, one plan whose date has passed and a few entries left
 * unchanged for over a year, so each CCIO's "keep your standards up to date" panel has something to show.
 */
@Component
@Order(40)
class StandardsDemoContent implements ApplicationRunner {

    record Demo(String email, String odsCode) {
    }

    static final List<Demo> PROVIDERS = List.of(new Demo("amara.okafor@example.nhs.uk", "R0A"),
            new Demo("gareth.price@example.nhs.uk", "RQY"), new Demo("fiona.campbell@example.nhs.uk", "RYW"),
            new Demo("rajesh.iyer@example.nhs.uk", "RRU"), new Demo("claire.whitaker@example.nhs.uk", "RP4"),
            new Demo("owen.evans@example.nhs.uk", "RX1"));

    private final DemoContent demo;
    private final JdbcClient jdbc;
    private final StandardRepository standards;
    private final Organisations organisations;
    private final MemberLookup members;
    private final Clock clock;

    StandardsDemoContent(DemoContent demo, JdbcClient jdbc, StandardRepository standards, Organisations organisations,
            MemberLookup members, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.standards = standards;
        this.organisations = organisations;
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select exists (select 1 from standards.status_change)").query(Boolean.class).single()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        var current = standards.all().stream().filter(s -> !s.retired()).toList();
        for (Demo item : PROVIDERS) {
            var provider = organisations.findByOdsCode(item.odsCode());
            var member = members.findByEmail(item.email());
            if (provider.isEmpty() || member.isEmpty()) {
                continue;
            }
            Random random = new Random(item.odsCode().hashCode());
            for (Standard standard : current) {
                plan(provider.get().id(), member.get().id(), standard, random, today);
            }
        }
    }

    /** A short history for one standard, ending in its current status. */
    private void plan(long organisation, long member, Standard standard, Random random, LocalDate today) {
        int roll = random.nextInt(100);
        boolean national = standard.slug().equals("nhs-number") || standard.slug().equals("snomed-ct") || standard.slug().equals("dspt");
        LocalDate first = today.minusDays(40 + random.nextInt(280));
        if (national || roll < 35) {
            LocalDate since = first.plusDays(30 + random.nextInt(60));
            change(organisation, member, standard, "NOT_KNOWN", "IN_PROGRESS", null, null, first);
            change(organisation, member, standard, "IN_PROGRESS", "LIVE", null, since.isAfter(today) ? today : since,
                    since.isAfter(today) ? today : since);
        } else if (roll < 55) {
            change(organisation, member, standard, "NOT_KNOWN", "PLANNED", first.plusMonths(10), null, first);
            change(organisation, member, standard, "PLANNED", "IN_PROGRESS", null, null, first.plusDays(60));
        } else if (roll < 70) {
            // Some plans are overdue, so the CCIO's panel shows what needs looking at.
            LocalDate target = roll < 60 ? today.minusDays(20) : today.plusMonths(4 + random.nextInt(12));
            change(organisation, member, standard, "NOT_KNOWN", "PLANNED", target, null, today.minusDays(90));
        } else if (roll < 82) {
            change(organisation, member, standard, "NOT_KNOWN", "NOT_STARTED", null, null, today.minusDays(400 + random.nextInt(200)));
        }
    }

    private void change(long organisation, long member, Standard standard, String from, String to, LocalDate target,
            LocalDate live, LocalDate on) {
        var at = Timestamp.from(on.atTime(10, 0).toInstant(ZoneOffset.UTC));
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organisation);
        params.put("standard", standard.id());
        params.put("from", from);
        params.put("to", to);
        params.put("target", target == null ? null : Date.valueOf(target));
        params.put("live", live == null ? null : Date.valueOf(live));
        params.put("by", member);
        params.put("at", at);
        jdbc.sql("""
                insert into standards.status_change (organisation_id, standard_id, from_status, to_status, target_on,
                    live_since, changed_by, changed_as, changed_at)
                values (:org, :standard, :from, :to, :target, :live, :by, 'CCIO', :at)""").params(params).update();
        jdbc.sql("""
                insert into standards.provider_status (organisation_id, standard_id, status, target_on, live_since,
                    changed_by, changed_at)
                values (:org, :standard, :to, :target, :live, :by, :at)
                on conflict (organisation_id, standard_id) do update set status = excluded.status,
                    target_on = excluded.target_on, live_since = excluded.live_since, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at""").params(params).update();
    }
}
