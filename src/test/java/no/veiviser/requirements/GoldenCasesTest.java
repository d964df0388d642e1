package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden cases in src/test/resources/requirements/: each holds an input, the expected results
 * computed by hand from the source it names, and is run through the engine as the API would.
 */
class GoldenCasesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CASES = Path.of("src", "test", "resources", "requirements");

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> Arguments.of(Named.of(file.getFileName().toString(), file)));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTheHandComputedExpectation(Path file) throws IOException {
        JsonNode golden = JSON.readTree(Files.readString(file));
        assertThat(golden.get("source").asString()).as("every case names the source of its expectation").isNotBlank();
        ReadinessResult result = ReadinessEngine.evaluate(JSON.treeToValue(golden.get("input"), ReadinessInput.class));

        for (Map.Entry<String, JsonNode> expected : golden.get("expected").properties()) {
            RequirementResult actual = result.requirement(expected.getKey());
            JsonNode want = expected.getValue();
            assertThat(actual.status()).as(expected.getKey() + " status").hasToString(want.get("status").asString());
            if (want.has("have")) {
                assertThat(actual.have()).as(expected.getKey() + " have").isEqualByComparingTo(new BigDecimal(want.get("have").asString()));
                assertThat(actual.need()).as(expected.getKey() + " need").isEqualByComparingTo(new BigDecimal(want.get("need").asString()));
            }
            assertThat(actual.reference()).isNotBlank();
            assertThat(actual.explanation().render(Text.BOKMAL)).isNotBlank();
        }
        if (golden.has("ready")) {
            assertThat(result.ready()).as("ready").isEqualTo(golden.get("ready").asBoolean());
        }
        if (golden.has("earliestCompletion")) {
            JsonNode date = golden.get("earliestCompletion");
            if (date.isNull()) {
                assertThat(result.earliestCompletion()).as("earliestCompletion").isNull();
                assertThat(result.earliestCompletionNote().render(Text.BOKMAL)).isNotBlank();
            } else {
                assertThat(result.earliestCompletion()).as("earliestCompletion").isEqualTo(LocalDate.parse(date.asString()));
            }
        }
    }
}
