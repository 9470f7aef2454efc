package org.ccionetwork.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where uploaded files live. Modules know files only by the key the store gave them, never by a path, so a
 * folder on disk (the default) and an S3-compatible bucket are interchangeable. A key is
 * {@code <module>/<random name>} ({@link #newKey}), so each module's files stay in a folder of their own; keys
 * without a folder are the news module's files from before folders, and stay where they are.
 */
public interface FileStore {

    /** A module's folder followed by a random name, or (from before folders) the name alone. */
    Pattern KEY = Pattern.compile("([a-z]{3,30}/)?[a-z0-9][a-z0-9-]{0,99}");

    /** A fresh key in the module's folder. */
    static String newKey(String folder) {
        if (folder == null || !folder.matches("[a-z]{3,30}")) {
            throw new IllegalArgumentException("Not a folder name");
        }
        return folder + "/" + UUID.randomUUID();
    }

    void put(String key, byte[] content, String contentType) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
