package org.ccionetwork.shared;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a search statement that also selects {@code count(*) over () as total}, and that total: the best
 * few and how many matched, from one statement.
 */
public record SearchRows<T>(List<T> rows, long total) {

    public static <T> SearchRows<T> of(JdbcClient.StatementSpec statement, RowMapper<T> row) {
        long[] total = {0};
        List<T> rows = statement.query((rs, n) -> {
            total[0] = rs.getLong("total");
            return row.mapRow(rs, n);
        }).list();
        return new SearchRows<>(rows, total[0]);
    }
}
