package org.ccionetwork.load;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Writes CSV files of identifiers from the generated data (article slugs, thread ids, members…) for the load
 * benchmark to pick from, in a stable order.
 */
final class Feeders {

    private static final Map<String, String> QUERIES = Map.of(
            "articles", "select slug from news.article where status = 'PUBLISHED' and not members_only order by id limit 5000",
            "threads", """
                    select t.id, t.slug from forum.thread t join forum.category c on c.id = t.category_id
                    where not c.chatham_house order by t.id limit 5000""",
            "categories", "select slug from forum.category where not chatham_house order by position",
            "events", "select slug from events.event where status = 'PUBLISHED' order by id limit 5000",
            "upcoming", "select slug from events.event where status = 'PUBLISHED' and starts_at > now() + interval '3 days' order by id",
            "members", """
                    select m.email from accounts.member m where m.email like '%@load.example.nhs.uk'
                    and not exists (select 1 from accounts.member_role r where r.member_id = m.id and r.role <> 'MEMBER')
                    order by m.id limit 5000""",
            "organisations", "select ods_code from organisations.organisation where kind = 'NHS_PROVIDER' order by ods_code",
            "playbooks", "select slug from playbooks.playbook where status = 'PUBLISHED' and not members_only order by id limit 5000");

    private Feeders() {
    }

    static void write(DataSource dataSource, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var entry : QUERIES.entrySet()) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(entry.getKey() + ".csv"), StandardCharsets.UTF_8)) {
                    out.write(header(entry.getKey()) + "\n");
                    copy.copyOut("COPY (" + entry.getValue() + ") TO STDOUT (FORMAT csv)", out);
                }
            }
        }
        System.out.println("Feeders for the load benchmark written to " + folder.toAbsolutePath().normalize());
    }

    private static String header(String name) {
        return switch (name) {
            case "threads" -> "id,slug";
            case "members" -> "email";
            case "organisations" -> "ods";
            default -> "slug";
        };
    }
}
