package org.ccionetwork.organisations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.ccionetwork.shared.files.FileTypes;

/**
 * A logo as uploaded, checked by its bytes: PNG or JPEG (through {@link FileTypes}) or WebP (its RIFF header),
 * with its size in pixels read from its header. SVG is refused: it can carry script.
 */
record LogoImage(String contentType, int width, int height, byte[] content) {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SIDE = 4000;
    static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    /** The checked image, or the problem to show beside the field. */
    record Verdict(LogoImage image, String problem) {
    }

    static Verdict check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return refuse("Choose an image to upload");
        }
        if (content.length > MAX_BYTES) {
            return refuse("The logo must be 512 KB or smaller");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!Set.of("png", "jpg", "jpeg", "webp").contains(extension)) {
            return refuse("The logo must be a PNG, JPEG or WebP image (SVG is not accepted)");
        }
        String type;
        int[] size;
        if (extension.equals("webp")) {
            size = webpSize(content);
            type = "image/webp";
        } else {
            var verdict = FileTypes.check(name, content);
            if (!verdict.accepted() || !TYPES.contains(verdict.contentType())) {
                return refuse("The file's content is not a PNG, JPEG or WebP image, whatever its name says");
            }
            type = verdict.contentType();
            size = rasterSize(content);
        }
        if (size == null || size[0] < 1 || size[1] < 1) {
            return refuse("The file's content is not a PNG, JPEG or WebP image that can be read; save it again and try once more");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            return refuse("The logo must be 4,000 pixels or fewer on each side");
        }
        return new Verdict(new LogoImage(type, size[0], size[1], content), null);
    }

    private static Verdict refuse(String problem) {
        return new Verdict(null, problem);
    }

    /** Width and height from the header of a PNG or JPEG, without decoding the pixels. */
    private static int[] rasterSize(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Width and height from a WebP header (lossy, lossless or extended), or null when it is not WebP. */
    static int[] webpSize(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return null;
        }
        if (ascii(b, 12, "VP8X")) {
            return new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new int[] {1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)};
        }
        if (ascii(b, 12, "VP8 ") && (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2A) {
            return new int[] {((b[26] & 0xFF) | (b[27] & 0xFF) << 8) & 0x3FFF, ((b[28] & 0xFF) | (b[29] & 0xFF) << 8) & 0x3FFF};
        }
        return null;
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u24(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16;
    }
}
