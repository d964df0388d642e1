package no.veiviser.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.veiviser.shared.TimeConfiguration;
import no.veiviser.shared.database.DatabaseAdministrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kill -9 while clients write: Veiviser runs in its own JVM on a durable embedded PostgreSQL; four
 * clients record activities through the API, each with an {@code Idempotency-Key}; the application
 * is killed (and, every other round, its database with it) while they write, and started again. At
 * the end every write whose answer never came is retried with its key, and what clients were told is
 * compared with what is stored: no acknowledged write lost, none stored twice, none without its
 * audit row. docs/operations.md records the figures of a run.
 */
class CrashTest {

    private static final Logger log = LoggerFactory.getLogger(CrashTest.class);
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_PER_ROUND = 20;
    private static final String CANDIDATE = "sindre.holm";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private enum Kill { APPLICATION, APPLICATION_AND_DATABASE }

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Key → activity id, for every write the server acknowledged. */
    private final Map<String, UUID> acknowledged = new ConcurrentHashMap<>();
    /** Keys of writes whose answer never came (the connection died with the server). */
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    /** Unanswered writes that had been stored all the same: their retry was answered from the stored answer. */
    private final Set<String> replayed = ConcurrentHashMap.newKeySet();

    @Test
    void noAcknowledgedWriteIsLostDuplicatedOrHalfWritten() throws Exception {
        Path dataDirectory = folder.resolve("postgres");
        List<Kill> rounds = List.of(Kill.APPLICATION, Kill.APPLICATION_AND_DATABASE, Kill.APPLICATION,
                Kill.APPLICATION_AND_DATABASE);
        for (Kill kill : rounds) {
            ChildVeiviser application = ChildVeiviser.start(dataDirectory, folder.resolve("application.log"));
            writeUntilKilled(application, kill);
        }
        int retried = unanswered.size();
        ChildVeiviser last = ChildVeiviser.start(dataDirectory, folder.resolve("application.log"));
        try {
            for (String key : List.copyOf(unanswered)) {
                UUID id = write(last, key);
                assertThat(id).as("the retry of " + key + " gets an answer").isNotNull();
                unanswered.remove(key);
            }
        } finally {
            last.stop();
        }

        Stored stored = stored(dataDirectory);
        Set<String> lost = acknowledged.keySet().stream()
                .filter(key -> !acknowledged.get(key).equals(stored.idOf().get(key))).collect(Collectors.toSet());
        log.info("Crash test: {} rounds ({}), {} writes acknowledged, {} without an answer retried ({} of them "
                        + "had been stored), {} lost, {} duplicated, {} without their audit row",
                rounds.size(), rounds, acknowledged.size(), retried, replayed.size(), lost.size(),
                stored.duplicates().size(), stored.withoutAudit().size());
        assertThat(acknowledged).as("writes acknowledged").hasSizeGreaterThanOrEqualTo(rounds.size() * ACKNOWLEDGED_PER_ROUND);
        assertThat(lost).as("acknowledged writes lost").isEmpty();
        assertThat(stored.duplicates()).as("writes stored twice").isEmpty();
        assertThat(stored.withoutAudit()).as("activities without their audit row").isEmpty();
        assertThat(stored.idOf().keySet()).as("every stored write was acknowledged (after the retries)")
                .isEqualTo(acknowledged.keySet());
    }

    private void writeUntilKilled(ChildVeiviser application, Kill kill) throws Exception {
        int before = acknowledged.size();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(() -> {
                while (!killed.get()) {
                    String key = UUID.randomUUID().toString();
                    UUID id = write(application, key);
                    if (id == null) {
                        unanswered.add(key);
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() - before < ACKNOWLEDGED_PER_ROUND && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // The writers stop starting new writes; those in flight are cut by the kill.
        killed.set(true);
        application.kill(kill == Kill.APPLICATION_AND_DATABASE);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** One activity, sent with its key; its id when the server acknowledged it, null when no answer came. */
    private UUID write(ChildVeiviser application, String key) {
        String body = """
                {"type":"OTHER","description":"crash-%s","performedOn":"%s","goalCodes":["ALM-001"]}"""
                .formatted(key, LocalDate.now(TimeConfiguration.OSLO).minusDays(1));
        HttpRequest request = HttpRequest.newBuilder(application.uri("/api/v1/activities"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CANDIDATE + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (response.statusCode() == 503) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        UUID activity = UUID.fromString(id.group(1));
        acknowledged.put(key, activity);
        if (response.headers().firstValue("Idempotency-Replayed").isPresent()) {
            replayed.add(key);
        }
        return activity;
    }

    private record Stored(Map<String, UUID> idOf, List<String> duplicates, List<UUID> withoutAudit) {
    }

    /** What the database holds, read after the last application stopped, as its superuser. */
    private static Stored stored(Path dataDirectory) {
        return DatabaseAdministrator.onDataDirectory(dataDirectory, jdbc -> {
            Map<String, UUID> idOf = new java.util.HashMap<>();
            for (var row : jdbc.queryForList(
                    "select id, substr(description, 7) as key from learning_activity where description like 'crash-%'")) {
                idOf.put((String) row.get("key"), (UUID) row.get("id"));
            }
            List<String> duplicates = jdbc.queryForList("""
                    select description from learning_activity where description like 'crash-%'
                     group by description having count(*) > 1""", String.class);
            List<UUID> withoutAudit = jdbc.queryForList("""
                    select a.id from learning_activity a
                     where a.description like 'crash-%'
                       and not exists (select 1 from audit_event e where e.subject_id = a.id::text)""", UUID.class);
            return new Stored(idOf, duplicates, withoutAudit);
        });
    }
}
