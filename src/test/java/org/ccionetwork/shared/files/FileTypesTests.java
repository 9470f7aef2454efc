package org.ccionetwork.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileTypesTests {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

    static Stream<Arguments> accepted() throws Exception {
        return Stream.of(
                Arguments.of("a.pdf", PDF, "application/pdf"),
                Arguments.of("a.PNG", PNG, "image/png"),
                Arguments.of("a.jpeg", JPEG, "image/jpeg"),
                Arguments.of("a.ppt", OLE, "application/vnd.ms-powerpoint"),
                Arguments.of("a.doc", OLE, "application/msword"),
                Arguments.of("a.pptx", zip("ppt/presentation.xml"), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                Arguments.of("a.docx", zip("word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("a.xlsx", zip("xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void documentsAreKnownByTheirBytes(String name, byte[] content, String type) {
        var verdict = FileTypes.check(name, content);
        assertThat(verdict.accepted()).as(String.valueOf(verdict.problem())).isTrue();
        assertThat(verdict.contentType()).isEqualTo(type);
    }

    static Stream<Arguments> refused() throws Exception {
        return Stream.of(
                Arguments.of("setup.pdf", new byte[] {'M', 'Z', 0, 0}, "is a program"),
                Arguments.of("run.docx", new byte[] {0x7F, 'E', 'L', 'F'}, "is a program"),
                Arguments.of("a.pptx", zip("word/document.xml"), "ends in .pptx but its content is a Word document"),
                Arguments.of("a.pdf", PNG, "ends in .pdf but its content is a PNG image"),
                Arguments.of("a.docx", zip("evil.jar"), "content is not a PDF"),
                Arguments.of("a.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), "must be a PDF"),
                Arguments.of("a", PDF, "must be a PDF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void otherFilesAreRefusedWithAReason(String name, byte[] content, String reason) {
        var verdict = FileTypes.check(name, content);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problem()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../a.pdf", "a/b.pdf", "a\\b.pdf", ".a.pdf", "a..pdf", "a.pdf\u0000.exe", "", " "})
    void namesWithPathsOrHiddenPartsAreNotSafe(String name) {
        assertThat(FileTypes.safeName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Keynote slides.pdf", "notes (final).docx", "Café-2031.png"})
    void plainNamesAreSafe(String name) {
        assertThat(FileTypes.safeName(name)).isTrue();
    }

    private static byte[] zip(String name) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(1);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
