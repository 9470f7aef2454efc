package org.ccionetwork.news.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.ccionetwork.news.NewsProperties;
import org.springframework.stereotype.Component;

/**
 * Files in a folder ({@code ccio.news.storage-directory}, {@code ./data/files} by default). Several instances
 * need that folder shared, or an object store in its place.
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Path root;

    LocalFileStore(NewsProperties properties) {
        this.root = properties.storageDirectory().toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key");
        }
        // Two levels of folders keep any one folder small.
        Path path = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a file key");
        }
        return path;
    }
}
