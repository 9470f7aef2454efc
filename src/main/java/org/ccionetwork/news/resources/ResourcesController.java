package org.ccionetwork.news.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.TopicNotFound;
import org.ccionetwork.topics.Topics;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resource library. Members-only resources are listed for everyone with a mark, but their files are
 * served only to signed-in members, whatever address is asked for. Files are always downloaded as
 * attachments with the type their bytes showed, never displayed inline.
 */
@Controller
class ResourcesController {

    private final ResourceService resources;
    private final Topics topics;

    ResourcesController(ResourceService resources, Topics topics) {
        this.resources = resources;
        this.topics = topics;
    }

    @GetMapping("/resources")
    ModelAndView list(@RequestParam(required = false) String topic, @RequestParam(required = false) Integer page) {
        String slug = topic == null || topic.isBlank() ? null : topics.find(topic).map(Topic::slug).orElse(null);
        if (topic != null && !topic.isBlank() && slug == null) {
            throw TopicNotFound.forSlug(topic);
        }
        return Views.page("news/resources", new ResourcePages.ListPage(resources.page(slug, PageOf.clamp(page)), slug,
                Viewers.current().isPresent(), slug == null ? "/resources" : "/resources?topic=" + slug, topics.labels()));
    }

    @GetMapping("/resources/{id}")
    ModelAndView resource(@PathVariable long id) {
        Resource resource = find(id);
        return Views.page("news/resource", new ResourcePages.DetailPage(resource,
                !resource.membersOnly() || Viewers.current().isPresent(), topics.labels(resource.topics())));
    }

    @GetMapping("/resources/{id}/download")
    ResponseEntity<?> download(@PathVariable long id) throws IOException {
        Resource resource = find(id);
        if (resource.membersOnly() && Viewers.current().isEmpty()) {
            // Sends a visitor to sign in, and back here afterwards.
            throw new AccessDeniedException("Members only");
        }
        var stream = resources.download(resource);
        if (!resource.isFile()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, resource.externalUrl()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(resource.contentType()))
                .contentLength(resource.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(resource.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(resource.membersOnly() ? CacheControl.noStore() : CacheControl.noCache())
                .body(new InputStreamResource(stream));
    }

    private Resource find(long id) {
        return resources.find(id).orElseThrow(() -> ResourceNotFound.forId(id));
    }
}
