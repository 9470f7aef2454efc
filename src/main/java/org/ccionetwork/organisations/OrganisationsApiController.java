package org.ccionetwork.organisations;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ccionetwork.shared.Csv;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Open data: the register of NHS providers with their CCIO status, as JSON (paged) and CSV. */
@RestController
@Tag(name = "Organisations", description = "The register of NHS provider organisations and whether each has a CCIO")
class OrganisationsApiController {

    /** One page of providers. */
    public record ProvidersPage(List<ProviderRow> items, int page, int size, long total) {
    }

    private final OrganisationRepository organisations;
    private final Organisations facade;

    OrganisationsApiController(OrganisationRepository organisations, Organisations facade) {
        this.organisations = organisations;
        this.facade = facade;
    }

    @GetMapping(value = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "NHS providers, filtered and paged like the register page")
    ResponseEntity<ProvidersPage> providers(WebRequest request,
            @Parameter(description = "Words of the name, or an ODS code") @RequestParam(required = false) String q,
            @Parameter(description = "acute, mental-health, community, ambulance, specialist or other") @RequestParam(required = false) String sector,
            @Parameter(description = "One of the seven NHS England regions") @RequestParam(required = false) String region,
            @Parameter(description = "true: only providers with a CCIO in post; false: only those without") @RequestParam(required = false) Boolean hasCcio,
            @Parameter(description = "name, region, sector or ccio") @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 1 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be 1 or more and size between 1 and 200");
        }
        String etag = etag("organisations", q, sector, region, hasCcio, sort, page, size);
        if (request.checkNotModified(etag)) {
            return null;
        }
        var filter = new RegisterFilter(q, sector, region, hasCcio, sort, page);
        var body = new ProvidersPage(organisations.register(filter, size), filter.page(), size, organisations.count(filter));
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()).body(body);
    }

    @GetMapping(value = "/api/v1/organisations.csv", produces = "text/csv")
    @Operation(summary = "Every current NHS provider with its number of CCIOs in post, as CSV")
    ResponseEntity<byte[]> csv(WebRequest request) {
        String etag = etag("organisations.csv");
        if (request.checkNotModified(etag)) {
            return null;
        }
        var csv = new Csv("ods_code", "name", "sector", "region", "postcode", "ccios_in_post");
        for (ProviderRow row : organisations.allProviders()) {
            csv.row(row.odsCode(), row.name(), row.sector(), row.region(), row.postcode(), Integer.toString(row.currentCcios()));
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhs-providers.csv\"")
                .contentType(Csv.MEDIA_TYPE)
                .body(csv.bytes());
    }

    private String etag(Object... parts) {
        StringBuilder key = new StringBuilder(facade.figuresVersion());
        for (Object part : parts) {
            key.append('|').append(part);
        }
        return "\"" + Integer.toHexString(key.toString().hashCode()) + Long.toHexString(key.length()) + "\"";
    }
}
