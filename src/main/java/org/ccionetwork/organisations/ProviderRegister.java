package org.ccionetwork.organisations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the register of NHS providers (data/nhs-trusts.csv, from the ODS) at every start. It is idempotent:
 * a new code is added, a changed row is updated, nothing is duplicated, and an organisation an administrator
 * retired stays retired.
 */
@Component
@Order(5)
class ProviderRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegister.class);
    static final String RESOURCE = "data/nhs-trusts.csv";

    record Row(String odsCode, String odsName, String sector, String region, String postcode) {
    }

    private final JdbcClient jdbc;

    ProviderRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(4242002)").query().singleValue();
        int changed = 0;
        List<Row> rows = read();
        for (Row row : rows) {
            changed += upsert(row);
        }
        if (changed > 0) {
            log.info("NHS provider register: {} of {} rows added or updated", changed, rows.size());
        }
    }

    int upsert(Row row) {
        return jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, ods_code, ods_name, sector, region, postcode)
                values ('NHS_PROVIDER', :name, :slug, :ods, :odsName, :sector, :region, :postcode)
                on conflict (ods_code) do update
                    set name = excluded.name, ods_name = excluded.ods_name, sector = excluded.sector,
                        region = excluded.region, postcode = excluded.postcode, updated_at = now()
                    where (organisation.ods_name, organisation.sector, organisation.region, organisation.postcode)
                          is distinct from (excluded.ods_name, excluded.sector, excluded.region, excluded.postcode)
                """)
                .param("name", NameFormat.display(row.odsName()))
                .param("slug", "ods-" + row.odsCode().toLowerCase(java.util.Locale.ROOT))
                .param("ods", row.odsCode())
                .param("odsName", row.odsName())
                .param("sector", row.sector())
                .param("region", row.region())
                .param("postcode", row.postcode())
                .update();
    }

    static List<Row> read() {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String header = reader.readLine();
            if (!"ods_code,name,sector,region,postcode".equals(header)) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = parse(line);
                if (fields.size() != 5) {
                    throw new IllegalStateException("Bad row in " + RESOURCE + ": " + line);
                }
                rows.add(new Row(fields.get(0).strip(), fields.get(1).strip(), fields.get(2).strip(),
                        fields.get(3).strip(), fields.get(4).strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line: commas separate, double quotes enclose fields with commas, "" is a quote. */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
