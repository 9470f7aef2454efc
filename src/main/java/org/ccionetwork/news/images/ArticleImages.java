package org.ccionetwork.news.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.ccionetwork.news.NewsProperties;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.files.FileStore;
import org.ccionetwork.shared.files.FileTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images for articles and pages: an editor uploads one (PNG, JPEG or GIF, checked by its bytes; never SVG,
 * which can carry script) and writes it into the Markdown with the address it gets.
 */
@Service
class ArticleImages {

    record Image(String key, String fileName, String contentType, long size) {
        String path() {
            return "/news/images/" + key;
        }
    }

    /** The stored image, or the problem to show beside the field. */
    record Outcome(Image image, String problem) {
    }

    private final JdbcClient jdbc;
    private final FileStore files;
    private final NewsProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ArticleImages(JdbcClient jdbc, FileStore files, NewsProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome upload(MultipartFile upload, Viewer editor) {
        if (upload == null || upload.isEmpty()) {
            return new Outcome(null, "Choose an image to upload");
        }
        String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename().strip();
        if (upload.getSize() > properties.maxUploadSize().toBytes()) {
            return new Outcome(null, "The image must be " + properties.maxUploadSize().toMegabytes() + " MB or smaller");
        }
        if (!FileTypes.safeName(name)) {
            return new Outcome(null, "The file name must be a plain name without folders or special characters; rename the file and try again");
        }
        byte[] content;
        try {
            content = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var verdict = FileTypes.check(name, content);
        if (!verdict.accepted()) {
            return new Outcome(null, verdict.problem());
        }
        if (!verdict.contentType().startsWith("image/")) {
            return new Outcome(null, "The file must be an image: PNG, JPEG or GIF");
        }
        var image = new Image(UUID.randomUUID().toString(), name, verdict.contentType(), content.length);
        try {
            files.put(image.key(), content, image.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("""
                insert into news.article_image (key, file_name, content_type, size_bytes, uploaded_by_id, uploaded_at)
                values (:key, :name, :type, :size, :by, :now)""")
                .param("key", image.key()).param("name", name).param("type", image.contentType())
                .param("size", image.size()).param("by", editor.id()).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record("ARTICLE_IMAGE_UPLOADED", "image " + image.key(), name);
        return new Outcome(image, null);
    }

    Optional<Image> find(String key) {
        return jdbc.sql("select key, file_name, content_type, size_bytes from news.article_image where key = :key")
                .param("key", key)
                .query((rs, n) -> new Image(rs.getString("key"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes")))
                .optional();
    }

    InputStream open(Image image) throws IOException {
        return files.open(image.key());
    }
}
