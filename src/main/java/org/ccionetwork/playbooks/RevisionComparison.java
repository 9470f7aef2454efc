package org.ccionetwork.playbooks;

import java.util.ArrayList;
import java.util.List;

/**
 * Two revisions side by side, line by line: lines both have, lines only the older has (removed), lines only the
 * newer has (added), and a removed line beside the added one that replaced it (changed). A longest common
 * subsequence of the lines, bounded so that a huge playbook cannot take the server's time.
 */
public record RevisionComparison(Revision older, Revision newer, List<Row> rows) {

    static final int MAX_LINES = 3000;

    public enum Kind { SAME, REMOVED, ADDED, CHANGED }

    /** One row: the older line (or null) and the newer line (or null). */
    public record Row(Kind kind, String left, String right) {

        public String css() {
            return switch (kind) {
                case SAME -> "";
                case REMOVED -> "table-danger";
                case ADDED -> "table-success";
                case CHANGED -> "table-warning";
            };
        }
    }

    static RevisionComparison of(Revision older, Revision newer) {
        String[] a = lines(older.content());
        String[] b = lines(newer.content());
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(rows, removed, added);
                rows.add(new Row(Kind.SAME, a[i++], b[j++]));
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b[j++]);
            } else {
                removed.add(a[i++]);
            }
        }
        flush(rows, removed, added);
        return new RevisionComparison(older, newer, rows);
    }

    /** A run of removed and added lines, paired up as changes where they sit side by side. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int pairs = Math.min(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            rows.add(new Row(Kind.CHANGED, removed.get(k), added.get(k)));
        }
        for (int k = pairs; k < removed.size(); k++) {
            rows.add(new Row(Kind.REMOVED, removed.get(k), null));
        }
        for (int k = pairs; k < added.size(); k++) {
            rows.add(new Row(Kind.ADDED, null, added.get(k)));
        }
        removed.clear();
        added.clear();
    }

    private static String[] lines(String content) {
        String[] lines = content == null ? new String[0] : content.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            String[] cut = java.util.Arrays.copyOf(lines, MAX_LINES + 1);
            cut[MAX_LINES] = "… (" + (lines.length - MAX_LINES) + " more lines not compared)";
            return cut;
        }
        return lines;
    }

    public boolean identical() {
        return rows.stream().allMatch(r -> r.kind() == Kind.SAME);
    }
}
