package no.veiviser.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running on our data directory when the application was killed
 * (kill -9 leaves the server behind). PostgreSQL records its process in {@code postmaster.pid}; if
 * that process is alive and is a postgres server, it is asked to shut down (SIGTERM: it finishes and
 * flushes what it has) before a new one starts. A stale file of a dead process is left for PostgreSQL,
 * which handles it itself.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = running(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        log.warn("An embedded PostgreSQL (pid {}) is still running on {}; stopping it before starting anew",
                server.get().pid(), dataDirectory);
        server.get().destroy();
        try {
            server.get().onExit().get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL (pid " + server.get().pid() + ") on "
                    + dataDirectory + " did not stop within " + PATIENCE.toSeconds() + " s; stop it by hand", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not wait for the old embedded PostgreSQL to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the old embedded PostgreSQL", e);
        }
    }

    /** The live postgres process that {@code postmaster.pid} names, if any. */
    static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
    }
}
