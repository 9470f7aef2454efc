package org.ccionetwork.news.resources;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live. The library knows files only by the key it gave them, never by a path, so a
 * folder on disk (the default) and an S3-compatible bucket are interchangeable.
 */
public interface FileStore {

    void put(String key, byte[] content, String contentType) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
