package org.ccionetwork.shared;

/**
 * A CSV document (RFC 4180). Fields that a spreadsheet would run as a formula are prefixed with an apostrophe,
 * so an exported name like {@code =HYPERLINK(…)} stays text.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv(String... header) {
        row(header);
    }

    public Csv row(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    static String escape(String field) {
        if (field == null) {
            return "";
        }
        String value = field;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
