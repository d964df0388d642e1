package no.veiviser.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private static final String OWNED = "Veiviser already runs on the embedded database in ";

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = running(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        requireNoLiveOwner(dataDirectory);
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

    /**
     * The application that started a server holds a lock on {@code epg-lock} in the data directory
     * while it lives; a server whose lock is free was left behind. One that is held belongs to a
     * running Veiviser (started a second time, or a command such as {@code audit verify} on the same
     * data), whose database must not be stopped under it.
     */
    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(OWNED + dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(OWNED + dataDirectory, e);
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
