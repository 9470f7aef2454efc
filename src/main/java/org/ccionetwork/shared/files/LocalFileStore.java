package org.ccionetwork.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * Files in a folder ({@code ccio.files.directory}, {@code ./data/files} by default): {@code events/ab/abcd…} for
 * the key {@code events/abcd…}. Several instances need that folder shared, or an object store in its place.
 */
@Component
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(FilesProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
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
        int slash = key.indexOf('/');
        Path folder = slash < 0 ? root : root.resolve(key.substring(0, slash));
        String name = key.substring(slash + 1);
        // A second level of folders keeps any one folder small.
        Path path = folder.resolve(name.substring(0, 2)).resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a file key");
        }
        return path;
    }
}
