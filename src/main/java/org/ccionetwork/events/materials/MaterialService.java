package org.ccionetwork.events.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.events.Event;
import org.ccionetwork.events.EventsProperties;
import org.ccionetwork.forum.EventDiscussions;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.files.FileStore;
import org.ccionetwork.shared.files.FileTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Slides and notes as files: checked by their bytes (never by their name) and kept in the shared file store in
 * the events folder. Everyone who can see an event's slides and notes on its page can download them.
 */
@Service
public class MaterialService {

    static final String FOLDER = "events";

    private final MaterialRepository materials;
    private final FileStore files;
    private final EventsProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final EventDiscussions discussions;

    MaterialService(MaterialRepository materials, FileStore files, EventsProperties properties, AuditLog audit,
            Clock clock, EventDiscussions discussions) {
        this.discussions = discussions;
        this.materials = materials;
        this.files = files;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Material> ofEvent(long eventId) {
        return materials.ofEvent(eventId);
    }

    Optional<Material> find(long eventId, long id) {
        return materials.find(eventId, id);
    }

    long maxMegabytes() {
        return properties.maxUploadSize().toMegabytes();
    }

    /** A file that passed the checks, or the message to show beside the field. */
    record Upload(String fileName, String contentType, byte[] content, String problem) {
        static Upload refused(String problem) {
            return new Upload(null, null, null, problem);
        }

        boolean accepted() {
            return problem == null;
        }
    }

    Upload check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Upload.refused("Choose a file to upload");
        }
        if (file.getSize() > properties.maxUploadSize().toBytes()) {
            return Upload.refused("The file must be " + maxMegabytes() + " MB or smaller");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (!FileTypes.safeName(name)) {
            return Upload.refused("The file name must be a plain name without folders or special characters; "
                    + "rename the file and try again");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var verdict = FileTypes.check(name, content);
        return verdict.accepted() ? new Upload(name, verdict.contentType(), content, null) : Upload.refused(verdict.problem());
    }

    /** Stores the file, then its row; a file whose row could not be written is removed again. */
    @Transactional
    public long add(Event event, MaterialKind kind, String title, Upload upload) {
        String key = FileStore.newKey(FOLDER);
        try {
            files.put(key, upload.content(), upload.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shownTitle = title == null || title.isBlank() ? upload.fileName() : title.strip();
        try {
            long id = materials.insert(event.id(), kind, shownTitle, key, upload.fileName(), upload.contentType(),
                    upload.content().length, clock.instant());
            afterRollback(key);
            audit.record("event.material-added", "event:" + event.slug(), kind.label() + ": " + upload.fileName());
            discussions.post(event.id(), kind.label() + " from the event: [" + shownTitle.replace("]", "") + "]("
                    + "/events/" + event.slug() + "/materials/" + id + ")", Viewers.current().map(Viewer::id).orElse(null));
            return id;
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
    }

    @Transactional
    public void remove(Event event, Material material) {
        materials.delete(material.id());
        audit.record("event.material-removed", "event:" + event.slug(), material.kind().label() + ": " + material.fileName());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(material.fileKey());
            }
        });
    }

    InputStream open(Material material) throws IOException {
        return files.open(material.fileKey());
    }

    /** A file whose row is rolled back later in the transaction would otherwise stay in the store for ever. */
    private void afterRollback(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    removeQuietly(key);
                }
            }
        });
    }

    private void removeQuietly(String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            // An orphaned file costs disk space only; the event's list of files is consistent.
        }
    }
}
