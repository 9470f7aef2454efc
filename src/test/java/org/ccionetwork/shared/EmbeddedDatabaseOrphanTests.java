package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ccionetwork.PostgresElsewhere;
import org.junit.jupiter.api.Test;

/** After a crash of the app, its embedded PostgreSQL is still running on the data folder. */
class EmbeddedDatabaseOrphanTests {

    @Test
    void aServerLeftRunningOnTheDataFolderIsStoppedAndTheNextStartSucceeds() throws Exception {
        Path data = Files.createTempDirectory("ccio-orphan-pg");
        // The "crashed" app: another JVM started the server and was killed without stopping it.
        long orphan = PostgresElsewhere.startAndAbandon(data, 0);
        assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (var lease = EmbeddedDatabase.lease(data.toString(), 0)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan stopped").isNotEqualTo(
                    java.util.Optional.of(true));
            assertThat(PostgresElsewhere.postmasterPid(data)).isNotEqualTo(orphan);
            try (var connection = DriverManager.getConnection(lease.jdbcUrl(), "postgres", "postgres");
                    var result = connection.createStatement().executeQuery("select 1")) {
                assertThat(result.next()).isTrue();
            }
        }
    }

    @Test
    void aServerOnAnotherFolderIsNeverTouched() throws Exception {
        Path theirs = Files.createTempDirectory("ccio-other-pg");
        Path ours = Files.createTempDirectory("ccio-our-pg");
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(theirs).setCleanDataDirectory(true)
                .setRegisterShutdownHook(false).start()) {
            long pid = PostgresElsewhere.postmasterPid(theirs);
            // A copied lock file naming a running server of another folder.
            Files.copy(theirs.resolve("postmaster.pid"), ours.resolve("postmaster.pid"));

            EmbeddedDatabase.stopOrphan(ours);

            assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            try (var connection = other.getPostgresDatabase().getConnection();
                    var result = connection.createStatement().executeQuery("select 1")) {
                assertThat(result.next()).isTrue();
            }
        }
    }
}
