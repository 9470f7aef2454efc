package org.ccionetwork.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.organisations.Appointment;
import org.ccionetwork.organisations.CampaignFigures;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.Csv;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Open data of the campaign. Each response carries an ETag built from a cheap fingerprint of the data, checked
 * before anything is computed, so a dashboard polling every minute mostly gets 304 Not Modified.
 */
@RestController
@Tag(name = "Campaign", description = "Progress of the campaign for a CCIO in every NHS provider")
class CampaignApiController {

    /** The campaign's figures as open data. */
    public record Stats(Instant generatedAt, LocalDate asOf, Total total, List<Group> bySector, List<Group> byRegion,
            List<Month> byMonth, Map<BackerKind, Long> backersByKind) {
    }

    public record Total(long providers, long providersWithCcio, double percentage) {
        static Total of(CampaignFigures.Count count) {
            return new Total(count.providers(), count.withCcio(), count.percentage());
        }
    }

    public record Group(String key, String label, long providers, long providersWithCcio, double percentage) {
    }

    public record Month(String month, long newAppointments, long providersWithCcio) {
    }

    private final Organisations organisations;
    private final BackerService backers;
    private final MemberLookup members;

    CampaignApiController(Organisations organisations, BackerService backers, MemberLookup members) {
        this.organisations = organisations;
        this.backers = backers;
        this.members = members;
    }

    @GetMapping(value = "/api/v1/campaign/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Providers with a verified CCIO: in all, by sector, by region, by month; backers by kind")
    ResponseEntity<Stats> stats(WebRequest request) {
        String etag = etag("stats");
        if (request.checkNotModified(etag)) {
            return null;
        }
        CampaignFigures figures = organisations.figures();
        var stats = new Stats(Instant.now(), figures.asOf(), Total.of(figures.total()), groups(figures.bySector()),
                groups(figures.byRegion()),
                figures.byMonth().stream().map(m -> new Month(m.month().toString(), m.newAppointments(), m.providersWithCcio())).toList(),
                backers.counts());
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()).body(stats);
    }

    @GetMapping(value = "/api/v1/campaign/appointments.csv", produces = "text/csv")
    @Operation(summary = "Verified CCIO appointments: organisation, ODS code, start, end and the CCIO's name where they allow it")
    ResponseEntity<byte[]> appointments(WebRequest request) {
        String etag = etag("appointments.csv");
        if (request.checkNotModified(etag)) {
            return null;
        }
        List<Appointment> verified = organisations.verifiedAppointments();
        Set<Long> named = new HashSet<>();
        verified.stream().filter(Appointment::showName).forEach(a -> named.add(a.memberId()));
        var names = members.findAll(named);
        var csv = new Csv("organisation", "ods_code", "started_on", "ended_on", "ccio_name");
        for (Appointment a : verified) {
            var member = a.showName() ? names.get(a.memberId()) : null;
            csv.row(a.organisationName(), a.odsCode(), a.startedOn().toString(), a.endedOn() == null ? "" : a.endedOn().toString(),
                    member == null || member.email() == null ? "" : member.name());
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccio-appointments.csv\"")
                .contentType(Csv.MEDIA_TYPE)
                .body(csv.bytes());
    }

    private String etag(String what) {
        String key = what + "|" + organisations.figuresVersion() + "|" + backers.version();
        return "\"" + Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length()) + "\"";
    }

    private static List<Group> groups(List<CampaignFigures.Group> groups) {
        return groups.stream().map(g -> new Group(g.key(), g.label(), g.count().providers(), g.count().withCcio(),
                g.count().percentage())).toList();
    }
}
