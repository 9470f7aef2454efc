package org.ccionetwork.standards;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ccionetwork.organisations.Organisation;
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
 * Open data of the standards tracker. Each response carries an ETag built from the tracker's change counter and the
 * campaign's figures version, checked before anything is computed, so a poller mostly gets 304 Not Modified.
 */
@RestController
@Tag(name = "Standards", description = "Which NHS providers have adopted the standards that let clinical systems talk to each other")
class StandardsApiController {

    /** One standard with the national counts of current NHS providers. */
    public record StandardData(String slug, String name, String description, String link, String kind, boolean retired,
            long providers, long live, long inProgress, long planned, long notStarted, long notKnown, double liveShare) {
    }

    public record StandardsData(LocalDate asOf, long providers, long providersWithCcio, double averageLiveWithCcio,
            double averageLiveWithoutCcio, String note, List<StandardData> standards) {
    }

    private final NationalPicture picture;
    private final StandardRepository standards;
    private final StatusRepository statuses;
    private final Organisations organisations;

    StandardsApiController(NationalPicture picture, StandardRepository standards, StatusRepository statuses,
            Organisations organisations) {
        this.picture = picture;
        this.standards = standards;
        this.statuses = statuses;
        this.organisations = organisations;
    }

    @GetMapping(value = "/api/v1/standards", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The standards the tracker follows, with how many NHS providers are live, in progress, planned, not started or not known with each")
    ResponseEntity<StandardsData> list(WebRequest request) {
        String etag = etag("standards");
        if (request.checkNotModified(etag)) {
            return null;
        }
        NationalFigures figures = picture.figures();
        var comparison = figures.comparison();
        List<StandardData> data = standards.all().stream().map(s -> {
            var c = figures.byStandard().get(s.id());
            return c == null
                    ? new StandardData(s.slug(), s.name(), s.description(), s.link(), s.kind().name(), s.retired(), 0, 0, 0, 0, 0, 0, 0)
                    : new StandardData(s.slug(), s.name(), s.description(), s.link(), s.kind().name(), s.retired(),
                            c.providers(), c.live(), c.inProgress(), c.planned(), c.notStarted(), c.notKnown(), c.liveShare());
        }).toList();
        var body = new StandardsData(figures.asOf(), figures.providers(), figures.providersWithCcio(),
                comparison.averageLiveWithCcio(), comparison.averageLiveWithoutCcio(),
                "Providers with and without a verified CCIO are compared as an association, not as a cause.", data);
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()).body(body);
    }

    @GetMapping(value = "/api/v1/standards/adoption.csv", produces = "text/csv")
    @Operation(summary = "Every recorded status: provider, ODS code, standard, status, since (live since, or the last change), target date of a plan")
    ResponseEntity<byte[]> adoption(WebRequest request) {
        String etag = etag("adoption.csv");
        if (request.checkNotModified(etag)) {
            return null;
        }
        Map<Long, Organisation> providers = new HashMap<>();
        organisations.providers().forEach(p -> providers.put(p.id(), p));
        Map<Long, Standard> byId = new HashMap<>();
        standards.all().forEach(s -> byId.put(s.id(), s));
        var csv = new Csv("provider", "ods_code", "standard", "status", "since", "target_date");
        for (ProviderStatus status : statuses.all()) {
            Organisation provider = providers.get(status.organisationId());
            Standard standard = byId.get(status.standardId());
            if (provider == null || standard == null) {
                continue;
            }
            LocalDate since = status.liveSince() != null ? status.liveSince()
                    : LocalDate.ofInstant(status.changedAt(), org.ccionetwork.shared.Dates.LONDON);
            csv.row(provider.name(), provider.odsCode(), standard.slug(), status.status().slug(), since.toString(),
                    status.targetOn() == null ? "" : status.targetOn().toString());
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"standards-adoption.csv\"")
                .contentType(Csv.MEDIA_TYPE).body(csv.bytes());
    }

    private String etag(String what) {
        String key = what + "|" + picture.version();
        return "\"" + Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length()) + "\"";
    }
}
