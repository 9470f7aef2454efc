package org.ccionetwork.news.images;

import java.io.IOException;
import java.time.Duration;

import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Editors upload images for articles; everyone can load them (their addresses are unguessable). */
@Controller
class ArticleImagesController {

    private final ArticleImages images;

    ArticleImagesController(ArticleImages images) {
        this.images = images;
    }

    @PostMapping("/admin/news/images")
    ModelAndView upload(@RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "alt", required = false) String alt) {
        var outcome = images.upload(image, Viewers.current().orElseThrow());
        String description = alt == null || alt.isBlank() ? "Describe the image" : alt.strip().replaceAll("[\\[\\]\\r\\n]", " ");
        var page = new ImageUploadPage(outcome.image() == null ? null
                : "![" + description + "](" + outcome.image().path() + ")", outcome.problem());
        return outcome.problem() == null ? Views.page("news/image-uploaded", page) : Views.invalid("news/image-uploaded", page);
    }

    @GetMapping("/news/images/{key}")
    ResponseEntity<InputStreamResource> image(@PathVariable String key) throws IOException {
        var image = images.find(key).orElseThrow(() -> ImageNotFound.forKey(key));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .contentLength(image.size())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(new InputStreamResource(images.open(image)));
    }
}
