package org.ccionetwork.news.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.news.NewsProperties;
import org.ccionetwork.news.resources.ResourceRepository.StoredFile;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.files.FileStore;
import org.ccionetwork.shared.files.FileTypes;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The resource library: editors add files (checked by their bytes) or links; people download them, members-only
 * files only when signed in; each download is counted.
 */
@Service
public class ResourceService {

    static final int PAGE_SIZE = 20;

    private final ResourceRepository resources;
    private final FileStore files;
    private final NewsProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final Topics topics;

    ResourceService(ResourceRepository resources, FileStore files, NewsProperties properties, AuditLog audit, Clock clock, Topics topics) {
        this.resources = resources;
        this.files = files;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.topics = topics;
    }

    /** Resources added in a period, for the newsletter. */
    public List<Resource> addedBetween(Instant from, Instant to) {
        return resources.addedBetween(from, to);
    }

    PageOf<Resource> page(String topic, int number) {
        var empty = new PageOf<Resource>(List.of(), number, PAGE_SIZE, 0);
        return new PageOf<>(resources.page(topic, empty.offset(), PAGE_SIZE), number, PAGE_SIZE, resources.count(topic));
    }

    Optional<Resource> find(long id) {
        return resources.find(id);
    }

    /** An upload checked and ready to store, or the problems to show beside the fields. */
    record Checked(StoredFile file, byte[] content, FormErrors errors) {
    }

    /**
     * Checks the file or link of a form. {@code existing} is the resource being edited, whose file stays when no
     * new one is chosen.
     */
    Checked check(ResourceForm form, MultipartFile upload, Resource existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean hasUpload = upload != null && !upload.isEmpty();
        boolean hasLink = form.externalUrl() != null && !form.externalUrl().isBlank();
        StoredFile file = null;
        byte[] content = null;
        if (hasUpload && hasLink) {
            errors.put("file", "Give either a file or a link, not both");
        } else if (hasUpload) {
            String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename().strip();
            if (upload.getSize() > properties.maxUploadSize().toBytes()) {
                errors.put("file", "The file must be " + properties.maxUploadSize().toMegabytes() + " MB or smaller");
            } else if (!safeName(name)) {
                errors.put("file", "The file name must be a plain name without folders or special characters; rename the file and try again");
            } else {
                try {
                    content = upload.getBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                var verdict = FileTypes.check(name, content);
                if (verdict.accepted()) {
                    file = new StoredFile(FileStore.newKey("news"), name, verdict.contentType(), content.length);
                } else {
                    errors.put("file", verdict.problem());
                }
            }
        } else if (hasLink) {
            if (!validLink(form.externalUrl().strip())) {
                errors.put("externalUrl", "Enter a full web address starting with https://");
            }
        } else if (existing == null || !existing.isFile()) {
            errors.put("file", "Choose a file to upload, or give a link");
        } else {
            file = new StoredFile(existing.fileKey(), existing.fileName(), existing.contentType(), existing.sizeBytes());
        }
        return new Checked(file, content, new FormErrors(errors));
    }

    static boolean safeName(String name) {
        return FileTypes.safeName(name);
    }

    private static boolean validLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    @Transactional
    public long create(ResourceForm form, Checked checked, Viewer editor) {
        store(checked);
        try {
            long id = resources.insert(form, topics.slugs(form.topics()), checked.file(), editor == null ? null : editor.id(), clock.instant());
            if (editor != null) {
                audit.record("RESOURCE_CREATED", "resource #" + id, form.title().strip());
            }
            return id;
        } catch (RuntimeException e) {
            discard(checked);
            throw e;
        }
    }

    @Transactional
    public void update(Resource existing, ResourceForm form, Checked checked) {
        store(checked);
        resources.update(existing.id(), form, topics.slugs(form.topics()), checked.file(), clock.instant());
        audit.record("RESOURCE_UPDATED", "resource #" + existing.id(), form.title().strip());
        if (existing.isFile() && (checked.file() == null || !existing.fileKey().equals(checked.file().key()))) {
            removeAfterCommit(existing.fileKey());
        }
    }

    @Transactional
    public void delete(Resource resource) {
        resources.delete(resource.id());
        audit.record("RESOURCE_DELETED", "resource #" + resource.id(), resource.title());
        if (resource.isFile()) {
            removeAfterCommit(resource.fileKey());
        }
    }

    /** Opens a file for download and counts the download. */
    @Transactional
    public InputStream download(Resource resource) throws IOException {
        resources.countDownload(resource.id());
        return resource.isFile() ? files.open(resource.fileKey()) : null;
    }

    private void store(Checked checked) {
        if (checked.content() != null) {
            try {
                files.put(checked.file().key(), checked.content(), checked.file().contentType());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void discard(Checked checked) {
        if (checked.content() != null) {
            removeQuietly(checked.file().key());
        }
    }

    /** The old file goes only once the change is kept, so a failed change leaves the resource whole. */
    private void removeAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(key);
            }
        });
    }

    private void removeQuietly(String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            // An orphaned file costs disk space only; the resource itself is consistent.
        }
    }
}
