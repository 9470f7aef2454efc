package org.ccionetwork.events.materials;

import java.time.Instant;

import org.ccionetwork.shared.files.FileTypes;

/** A file of an event (slides or notes), kept in the file store under the key {@code events/…}. */
public record Material(long id, long eventId, MaterialKind kind, String title, String fileKey, String fileName,
        String contentType, long sizeBytes, Instant createdAt) {

    /** "PDF, 1.2 MB". */
    public String describe() {
        String type = FileTypes.describe(contentType).replaceFirst("^an? ", "");
        String size = sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
        return type + ", " + size;
    }

    public String path(String slug) {
        return "/events/" + slug + "/materials/" + id;
    }
}
