package org.ccionetwork.events;

/**
 * CSV cells (RFC 4180), with formula-looking text defused so spreadsheets do not run it. Used by the two CSV
 * writers of {@code events.registration} ({@code AttendanceCsv}, {@code CpdCsv}) until they move to the shared one.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
