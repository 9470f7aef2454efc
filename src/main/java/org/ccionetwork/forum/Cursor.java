package org.ccionetwork.forum;

import java.time.Instant;

/**
 * Where a keyset page starts: after the thread with this last activity and id. Written in links as
 * {@code <epoch microseconds>-<id>}, so no precision is lost and nobody can make the database skip rows.
 */
public record Cursor(Instant at, long id) {

    public String token() {
        long micros = Math.multiplyExact(at.getEpochSecond(), 1_000_000L) + at.getNano() / 1_000;
        return micros + "-" + id;
    }

    /** The cursor in a link, or {@code null} for the first page or a token that makes no sense. */
    public static Cursor parse(String token) {
        if (token == null || !token.matches("-?\\d{1,18}-\\d{1,18}")) {
            return null;
        }
        int dash = token.indexOf('-', 1);
        long micros = Long.parseLong(token.substring(0, dash));
        long id = Long.parseLong(token.substring(dash + 1));
        return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L), id);
    }
}
