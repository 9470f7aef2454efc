package org.ccionetwork.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, from its first bytes (its magic number), never from its name. The library accepts
 * PDF, Office documents (current and legacy formats) and PNG, JPEG and GIF images; the name's extension must
 * agree with the content, so a program renamed to {@code .pdf} is refused.
 */
public final class FileTypes {

    static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"));

    private FileTypes() {
    }

    /** The outcome: the content type to store, or the message to show beside the field. */
    public record Verdict(String contentType, String problem) {
        public boolean accepted() {
            return problem == null;
        }
    }

    public static Verdict check(String fileName, byte[] content) {
        String extension = extension(fileName);
        String expected = EXTENSIONS.get(extension);
        if (isProgram(content)) {
            return refuse("The file is a program, not a document. Upload a PDF, Office document or image");
        }
        if (expected == null) {
            return refuse("The file must be a PDF, an Office document (Word, Excel, PowerPoint) or an image (PNG, JPEG, GIF)");
        }
        String actual = detect(content);
        if (actual == null) {
            return refuse("The file's content is not a PDF, Office document or image, whatever its name says");
        }
        boolean legacyOffice = actual.equals("application/x-ole-storage")
                && (extension.equals("doc") || extension.equals("xls") || extension.equals("ppt"));
        if (legacyOffice) {
            return new Verdict(expected, null);
        }
        if (!actual.equals(expected)) {
            return refuse("The file's name ends in ." + extension + " but its content is " + describe(actual));
        }
        return new Verdict(actual, null);
    }

    /** A plain file name: no folders, no leading dot, no control or special characters. */
    public static boolean safeName(String name) {
        return name != null && !name.isBlank() && SAFE_NAME.matcher(name).matches() && !name.startsWith(".") && !name.contains("..");
    }

    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ._()'&,+-]{1,150}");

    private static Verdict refuse(String problem) {
        return new Verdict(null, problem);
    }

    static String detect(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return "image/gif";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/x-ole-storage";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return office(b);
        }
        return null;
    }

    /** A zip file is an Office document when it holds the parts of one. */
    private static String office(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
                    return type.equals(EXTENSIONS.get("odt")) ? type : null;
                }
                if (name.startsWith("word/")) {
                    return EXTENSIONS.get("docx");
                }
                if (name.startsWith("xl/")) {
                    return EXTENSIONS.get("xlsx");
                }
                if (name.startsWith("ppt/")) {
                    return EXTENSIONS.get("pptx");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean isProgram(byte[] b) {
        return startsWith(b, 'M', 'Z') || startsWith(b, 0x7F, 'E', 'L', 'F') || startsWith(b, '#', '!')
                || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String describe(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "a PDF";
            case "image/png" -> "a PNG image";
            case "image/jpeg" -> "a JPEG image";
            case "image/gif" -> "a GIF image";
            case "application/msword" -> "a Word document";
            case "application/vnd.ms-excel" -> "an Excel workbook";
            case "application/vnd.ms-powerpoint" -> "a PowerPoint presentation";
            case "application/vnd.oasis.opendocument.text" -> "an OpenDocument text";
            case "application/x-ole-storage" -> "a legacy Office document";
            default -> contentType.contains("wordprocessingml") ? "a Word document"
                    : contentType.contains("spreadsheetml") ? "an Excel workbook"
                    : contentType.contains("presentationml") ? "a PowerPoint presentation" : "a file";
        };
    }
}
