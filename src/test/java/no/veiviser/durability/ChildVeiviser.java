package no.veiviser.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Veiviser in a JVM of its own, as {@code java -jar} runs it, on a durable embedded database with its
 * WAL archive: for tests that kill it, back it up, restore it or start it on another day. Its log is
 * appended to a file.
 */
public record ChildVeiviser(Process process, int port, Path dataDirectory) {

    private static final Logger log = LoggerFactory.getLogger(ChildVeiviser.class);

    static ChildVeiviser start(Path dataDirectory, Path logFile) throws Exception {
        return start(Map.of(), dataDirectory, logFile);
    }

    /**
     * Veiviser started with the machine's clock at noon on {@code day} and running on from there, by
     * libfaketime preloaded into it (and so into its embedded PostgreSQL).
     */
    public static ChildVeiviser startOn(LocalDate day, Path libfaketime, Path dataDirectory, Path logFile)
            throws Exception {
        return start(Map.of("LD_PRELOAD", libfaketime.toString(), "FAKETIME", "@" + day + " 12:00:00"), dataDirectory,
                logFile);
    }

    private static ChildVeiviser start(Map<String, String> environment, Path dataDirectory, Path logFile)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java(List.of("no.veiviser.VeiviserApplication", "--server.port=" + port,
                "--veiviser.embedded-database.data-directory=" + dataDirectory,
                "--veiviser.embedded-database.clean-on-start=false", "--veiviser.embedded-database.durable=true",
                "--veiviser.embedded-database.archive-wal=true")));
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        ChildVeiviser veiviser = new ChildVeiviser(process, port, dataDirectory);
        long began = System.nanoTime();
        veiviser.awaitReady(logFile);
        log.info("Veiviser ready after {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return veiviser;
    }

    /** The command line of a JVM with the tests' class path (the application and its settings). */
    static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(arguments);
        return command;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public void stop() throws Exception {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Veiviser stops when asked").isTrue();
    }

    /** kill -9 of the application, and with {@code alsoDatabase} of every process of its database. */
    void kill(boolean alsoDatabase) throws Exception {
        long databasePid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        process.destroyForcibly().waitFor();
        if (alsoDatabase) {
            ProcessHandle.of(databasePid).ifPresent(postmaster -> {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
                postmaster.onExit().join();
            });
        }
    }

    private void awaitReady(Path logFile) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Veiviser runs; its log: " + logFile).isTrue();
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Veiviser did not become ready within 180 s; its log: " + logFile);
    }
}
