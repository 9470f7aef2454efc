package org.ccionetwork.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table with PostgreSQL's COPY (CSV), in chunks of a few megabytes, so loading a million
 * rows is a handful of round trips rather than a million inserts.
 */
final class CopyWriter implements AutoCloseable {

    private static final int CHUNK = 8 * 1024 * 1024;

    private final CopyManager copy;
    private final String statement;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.statement = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }

    void row(Object... fields) throws SQLException, IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object field = fields[i];
            if (field == null) {
                continue; // an empty unquoted field is NULL in CSV COPY
            }
            String text = field.toString();
            buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException, IOException {
        if (!buffer.isEmpty()) {
            copy.copyIn(statement, new StringReader(buffer.toString()));
            buffer.setLength(0);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException, IOException {
        flush();
    }
}
