package org.ccionetwork.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body) the way a browser
 * encodes it, but without giving up at a bad byte: a value whose bytes are not valid in the charset loses the
 * bad bytes, and its name is added to the set the caller passes.
 */
final class FormDecoding {

    private FormDecoding() {
    }

    /** The pairs of a query string or form body (its bytes as ISO-8859-1 characters, as the server gives them). */
    static Map<String, String[]> decode(String encoded, Charset charset, Set<String> unreadable) {
        Map<String, java.util.List<String>> values = new LinkedHashMap<>();
        pairs(encoded.getBytes(StandardCharsets.ISO_8859_1), charset, values, unreadable);
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return result;
    }

    private static void pairs(byte[] text, Charset charset, Map<String, java.util.List<String>> values, Set<String> unreadable) {
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '&') {
                if (i > start) {
                    int equals = start;
                    while (equals < i && text[equals] != '=') {
                        equals++;
                    }
                    boolean[] bad = new boolean[1];
                    String name = text(text, start, equals, charset, bad);
                    String value = equals < i ? text(text, equals + 1, i, charset, bad) : "";
                    if (bad[0]) {
                        unreadable.add(name);
                    }
                    values.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
                }
                start = i + 1;
            }
        }
    }

    private static String text(byte[] text, int from, int to, Charset charset, boolean[] bad) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < to && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
                bytes.write(hex(text[i + 1]) * 16 + hex(text[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        byte[] raw = bytes.toByteArray();
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            bad[0] = true;
            try {
                CharBuffer lenient = charset.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                        .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(raw));
                return lenient.toString();
            } catch (CharacterCodingException impossible) {
                return "";
            }
        }
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
