package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** The laptop start: the embedded PostgreSQL starts while Spring builds the context, and the context takes it. */
class EarlyEmbeddedDatabaseTests {

    @Test
    void theServerStartedEarlyIsTheOneTheContextLeasesAndItStopsWithTheLastLease() throws Exception {
        Path data = Files.createTempDirectory("ccio-early-pg");
        prepared("ccio.embedded-database.data-directory=" + data, "ccio.embedded-database.port=0");
        assertThat(EmbeddedDatabase.startingEarly(data.toString())).as("started before any lease").isTrue();

        String url;
        try (var lease = EmbeddedDatabase.lease(data.toString(), 0)) {
            url = lease.jdbcUrl();
            try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
                    var result = connection.createStatement().executeQuery("select current_setting('data_directory')")) {
                assertThat(result.next()).isTrue();
                assertThat(Path.of(result.getString(1))).isEqualTo(data.toAbsolutePath());
            }
            try (var again = EmbeddedDatabase.lease(data.toString(), 0)) {
                assertThat(again.jdbcUrl()).as("one server per folder").isEqualTo(url);
            }
            assertThat(EmbeddedDatabase.startingEarly(data.toString())).as("taken by the first lease").isFalse();
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("stopped with the last lease").isFalse();
    }

    @Test
    void aStartThatFailedEarlyFailsTheLeaseAsItWould() throws Exception {
        Path notAFolder = Files.createTempFile("ccio-early-pg", ".txt");
        prepared("ccio.embedded-database.data-directory=" + notAFolder);
        assertThat(EmbeddedDatabase.startingEarly(notAFolder.toString())).isTrue();

        assertThatThrownBy(() -> EmbeddedDatabase.lease(notAFolder.toString(), 0))
                .hasMessageContaining("Could not start the embedded PostgreSQL");
        assertThat(EmbeddedDatabase.startingEarly(notAFolder.toString())).isFalse();
    }

    @Test
    void withADatabaseUrlNothingStarts() throws Exception {
        Path data = Files.createTempDirectory("ccio-early-pg");
        prepared("spring.datasource.url=jdbc:postgresql://db.example/ccio", "ccio.embedded-database.data-directory=" + data);

        assertThat(EmbeddedDatabase.startingEarly(data.toString())).isFalse();
        assertThat(data).isEmptyDirectory();
    }

    private static void prepared(String... properties) {
        var environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, properties);
        new EarlyEmbeddedDatabase().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
    }
}
