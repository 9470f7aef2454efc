package org.ccionetwork.news.resources;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.files.FileTypes;

/** A resource in the library: a stored file or a link elsewhere, public or for members only. */
public record Resource(long id, String title, String description, ResourceKind kind, List<String> topics,
        boolean membersOnly, String fileKey, String fileName, String contentType, Long sizeBytes, String externalUrl,
        long downloadCount, Instant createdAt) {

    public Resource {
        topics = List.copyOf(topics);
    }

    public boolean isFile() {
        return fileKey != null;
    }

    /** The size as people read it: 312 KB, 1.4 MB. */
    public String size() {
        if (sizeBytes == null) {
            return "";
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    /** The file's type as people name it. */
    public String format() {
        if (contentType == null) {
            return "Link";
        }
        return FileTypes.describe(contentType).replaceFirst("^an? ", "");
    }
}
