package org.ccionetwork.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFileStoreTests {

    @TempDir
    Path root;

    @Test
    void eachModuleKeepsItsFilesInItsOwnFolder() throws Exception {
        var store = new LocalFileStore(new FilesProperties(root));
        String key = FileStore.newKey("events");
        store.put(key, new byte[] {1, 2, 3}, "application/pdf");

        String name = key.substring("events/".length());
        assertThat(root.resolve("events").resolve(name.substring(0, 2)).resolve(name)).exists();
        try (var in = store.open(key)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        store.delete(key);
        assertThat(Files.list(root.resolve("events").resolve(name.substring(0, 2)))).isEmpty();
    }

    @Test
    void keysWithoutAFolderAreStillFoundWhereTheyWere() throws Exception {
        var store = new LocalFileStore(new FilesProperties(root));
        store.put("3f2a0000-legacy", new byte[] {9}, "image/png");
        assertThat(root.resolve("3f").resolve("3f2a0000-legacy")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "events/../../x", "/etc/passwd", "events/a/b", "EVENTS/abc", "ev/abc", "", "events/"})
    void anythingButAKeyIsRefused(String key) {
        var store = new LocalFileStore(new FilesProperties(root));
        assertThatThrownBy(() -> store.put(key, new byte[] {1}, "application/pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void folderNamesAreLowerCaseWords() {
        assertThatThrownBy(() -> FileStore.newKey("../news")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FileStore.newKey("news")).matches("news/[0-9a-f-]{36}");
    }
}
