package org.ccionetwork.events.materials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.validation.Valid;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.EventNotFound;
import org.ccionetwork.events.EventStatus;
import org.ccionetwork.events.Programme;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Slides and notes files: editors add and remove them; everyone downloads them once the event is over, as the
 * event page shows them (editors at any time). Downloads are always attachments, never shown in the browser.
 */
@Controller
class MaterialsController {

    private final Programme events;
    private final MaterialService materials;
    private final Clock clock;

    MaterialsController(Programme events, MaterialService materials, Clock clock) {
        this.events = events;
        this.materials = materials;
        this.clock = clock;
    }

    @GetMapping("/admin/events/{slug}/materials")
    ModelAndView list(@PathVariable String slug) {
        return page(event(slug), MaterialForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/events/{slug}/materials")
    ModelAndView add(@PathVariable String slug, @Valid @ModelAttribute("form") MaterialForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        Event event = event(slug);
        var upload = materials.check(file);
        if (result.hasErrors() || !upload.accepted()) {
            var errors = new LinkedHashMap<>(FormErrors.from(result).byField());
            if (!upload.accepted()) {
                errors.putIfAbsent("file", upload.problem());
            }
            return page(event, form, new FormErrors(errors));
        }
        materials.add(event, form.materialKind(), form.title(), upload);
        Flash.say(redirect, "“" + upload.fileName() + "” has been added to " + event.title() + ".");
        return new ModelAndView("redirect:/admin/events/" + slug + "/materials");
    }

    @PostMapping("/admin/events/{slug}/materials/{id}/delete")
    String remove(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        Event event = event(slug);
        Material material = materials.find(event.id(), id).orElseThrow(() -> MaterialNotFound.forId(slug, id));
        materials.remove(event, material);
        Flash.say(redirect, "“" + material.fileName() + "” has been removed.");
        return "redirect:/admin/events/" + slug + "/materials";
    }

    @GetMapping("/events/{slug}/materials/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String slug, @PathVariable long id) throws IOException {
        boolean editor = Viewers.current().map(Viewer::isEditor).orElse(false);
        Event event = events.find(slug)
                .filter(e -> editor || (e.status() != EventStatus.DRAFT && e.over(clock.instant())))
                .orElseThrow(() -> EventNotFound.forSlug(slug));
        Material material = materials.find(event.id(), id).orElseThrow(() -> MaterialNotFound.forId(slug, id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .contentLength(material.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(material.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(new InputStreamResource(materials.open(material)));
    }

    private Event event(String slug) {
        return events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
    }

    private ModelAndView page(Event event, MaterialForm form, FormErrors errors) {
        var page = new MaterialsPage(event, materials.ofEvent(event.id()), form, errors, List.of(MaterialKind.values()),
                materials.maxMegabytes());
        return errors.any() ? Views.invalid("events/materials", page) : Views.page("events/materials", page);
    }
}
