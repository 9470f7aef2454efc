package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL started by another JVM that is then killed ({@code kill -9}), leaving the server
 * running on its folder as an app that crashed would; and the server stopped the way {@code pg_ctl stop -m fast}
 * does. (pg_ctl itself refuses to run as root, which CI is; and within one JVM the library keeps a lock on
 * the folder that a second start would trip over.)
 */
public final class PostgresElsewhere {

    private PostgresElsewhere() {
    }

    /** Starts a server on the folder (and port, 0 for any) from a JVM that then dies; returns the server's pid. */
    public static long startAndAbandon(Path data, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PostgresElsewhere.class.getName(), data.toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("started")) {
                // the library's own output
            }
            assertThat(line).as("the other JVM started the server").isEqualTo("started");
        } finally {
            app.destroyForcibly().waitFor();
        }
        return postmasterPid(data);
    }

    /** PostgreSQL's fast shutdown (SIGINT): clients are disconnected, the data is left clean. */
    public static void stop(long postmaster) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    public static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    /** The other JVM: starts the server and waits to be killed. */
    public static void main(String[] args) throws Exception {
        var builder = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setServerConfig("fsync", "off").setServerConfig("timezone", "UTC");
        int port = Integer.parseInt(args[1]);
        if (port > 0) {
            builder.setPort(port);
        }
        builder.start();
        System.out.println("started");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
