package org.ccionetwork.organisations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.ccionetwork.organisations.OrganisationPages.AdminPartnersPage;
import org.ccionetwork.organisations.OrganisationPages.PartnerLogoPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone sees partners' logos; editors and administrators set, replace and remove them. */
@Controller
class PartnerLogosController {

    private final OrganisationRepository organisations;
    private final Organisations facade;
    private final PartnerLogos logos;

    PartnerLogosController(OrganisationRepository organisations, Organisations facade, PartnerLogos logos) {
        this.organisations = organisations;
        this.facade = facade;
        this.logos = logos;
    }

    @GetMapping("/partners/{slug}/logo")
    ResponseEntity<InputStreamResource> logo(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) throws IOException {
        PartnerLogo logo = logos.find(partner(slug).id())
                .filter(l -> LogoImage.TYPES.contains(l.contentType()))
                .orElseThrow(() -> LogoNotFound.forPartner(slug));
        String etag = "\"" + logo.etag() + "\"";
        var response = ResponseEntity.status(etag.equals(ifNoneMatch) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff");
        if (etag.equals(ifNoneMatch)) {
            return response.build();
        }
        return response.contentType(MediaType.parseMediaType(logo.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(logos.open(logo)));
    }

    @GetMapping("/admin/partners")
    ModelAndView list() {
        return Views.page("organisations/partners-admin", new AdminPartnersPage(facade.partners(), facade.partnerLogos()));
    }

    @GetMapping("/admin/partners/{slug}")
    ModelAndView form(@PathVariable String slug) {
        Organisation partner = partner(slug);
        PartnerLogo logo = logos.find(partner.id()).orElse(null);
        return Views.page("organisations/partner-logo", new PartnerLogoPage(partner, logo,
                logo == null ? partner.name() : logo.alt(), FormErrors.NONE));
    }

    @PostMapping("/admin/partners/{slug}/logo")
    ModelAndView upload(@PathVariable String slug, @RequestParam(name = "logo", required = false) MultipartFile file,
            @RequestParam(name = "alt", required = false) String alt, RedirectAttributes redirect) {
        Organisation partner = partner(slug);
        byte[] content = bytes(file);
        FormErrors errors = logos.change(partner, file == null ? null : file.getOriginalFilename(), content, alt);
        if (errors.any()) {
            return Views.invalid("organisations/partner-logo",
                    new PartnerLogoPage(partner, logos.find(partner.id()).orElse(null), alt, errors));
        }
        Flash.say(redirect, content == null ? "The logo's alternative text has been saved."
                : "The logo of " + partner.name() + " has been saved.");
        return new ModelAndView("redirect:/admin/partners");
    }

    @PostMapping("/admin/partners/{slug}/logo/delete")
    String remove(@PathVariable String slug, RedirectAttributes redirect) {
        Organisation partner = partner(slug);
        Flash.say(redirect, logos.remove(partner) ? "The logo of " + partner.name() + " has been removed."
                : partner.name() + " had no logo.");
        return "redirect:/admin/partners";
    }

    /** The bytes of the upload, read no further than just past the limit. */
    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (var input = file.getInputStream()) {
            return input.readNBytes(LogoImage.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Organisation partner(String slug) {
        return organisations.findBySlug(slug).filter(o -> o.partnership() != null && o.retiredAt() == null)
                .orElseThrow(() -> OrganisationNotFound.forPartnerSlug(slug));
    }
}
