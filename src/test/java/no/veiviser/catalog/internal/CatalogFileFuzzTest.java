package no.veiviser.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.shared.InputLimits;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuzzes the catalog importer with mutations of the bundled ALM file, as CSV and as XLSX, for a
 * bounded time: every file is either refused with problems or read into goals that can be stored. It
 * never throws. Repeat a run with {@code -Dfuzz.seed=…}.
 */
class CatalogFileFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(CatalogFileFuzzTest.class);
    private static final List<String> HOSTILE = List.of("\u0000", "\u0007", "\"", "\"\"", ",", ";", "\n", "\r\n",
            "\ud800", "x".repeat(20_001), "999999999999999999999", "-1", "1e308", "ALM-001", "\uFEFF", "=cmd|' /C calc'!A0");

    @Test
    void everyFileIsReadOrRefusedNeverThrown() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/catalog/ALM.csv")) {
            original = in.readAllBytes();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("fuzz.importer.seconds", 8)).toNanos();
        int files = 0;
        int accepted = 0;
        List<String> unstorable = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            byte[] mutated = mutate(original, random);
            String name = random.nextInt(8) == 0 ? "katalog.xlsx" : "katalog.csv";
            GoalFileParser.Result result = CatalogFiles.read(CatalogCode.ALM, name, mutated);
            files++;
            assertThat(result.isValid() || !result.problems().isEmpty()).as("a refused file says why").isTrue();
            if (result.isValid()) {
                accepted++;
                for (LearningGoal goal : result.goals()) {
                    for (String text : new String[] {goal.code(), goal.title(), goal.description()}) {
                        if (InputLimits.problemWithText(text) != null) {
                            unstorable.add(goal.code());
                        }
                    }
                }
            }
        }
        log.info("Catalog fuzz: {} files, {} accepted, seed {}", files, accepted, seed);
        assertThat(unstorable).as("goals accepted that cannot be stored (seed " + seed + ")").isEmpty();
        assertThat(files).isGreaterThan(100);
    }

    private static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(text.length() + 1);
            text = switch (random.nextInt(5)) {
                case 0 -> text.substring(0, at) + HOSTILE.get(random.nextInt(HOSTILE.size())) + text.substring(at);
                case 1 -> text.substring(0, at);
                case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(200)));
                case 3 -> text.substring(0, at) + text.substring(at, Math.min(text.length(), at + random.nextInt(500)))
                        + text.substring(at);
                default -> text;
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
