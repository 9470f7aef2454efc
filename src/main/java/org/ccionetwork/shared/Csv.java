package org.ccionetwork.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

/**
 * A CSV document as RFC 4180 has it (commas, CRLF line ends, fields quoted where they must be), written by
 * Apache Commons CSV. A field a spreadsheet would run as a formula, one starting with {@code = + - @}, a tab or
 * a carriage return, gets an apostrophe in front, so an exported name like {@code =HYPERLINK(…)} stays text.
 */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    /** A document whose first row is the header. */
    public Csv(String... header) {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row((Object[]) header);
    }

    /** Adds a row; {@code null} is an empty field, anything else is written as its {@code toString()}. */
    public Csv row(Object... fields) {
        try {
            for (Object field : fields) {
                printer.print(field == null ? null : guard(field.toString()));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The field as a spreadsheet will take it as text: an apostrophe before what would start a formula. */
    static String guard(String field) {
        return !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    /** The document as UTF-8, for a response body. */
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
