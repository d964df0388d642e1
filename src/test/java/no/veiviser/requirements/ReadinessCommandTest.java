package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.requirements.cli.ReadinessCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line: a record file in, the result JSON out, the reason and exit 2 for bad input. */
class ReadinessCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aRecordFileIsEvaluatedAndPrinted(@TempDir Path directory) throws Exception {
        Path input = directory.resolve("input.json");
        Files.writeString(input, JSON.readTree(Files.readString(Path.of("src/test/resources/requirements/04-forecast-continuing-open-practice.json")))
                .get("input").toString());

        assertThat(run(input.toString())).isZero();
        JsonNode result = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.get("ruleSet").asString()).isEqualTo("ALIS-2019-03-01");
        assertThat(result.get("earliestCompletion").asString()).isEqualTo("2026-12-31");
        assertThat(result.get("requirements").get(0).get("have").decimalValue()).isEqualByComparingTo("30.00");
    }

    @Test
    void invalidInputNamesTheFieldAndExitsWithTwo(@TempDir Path directory) throws Exception {
        Path input = directory.resolve("input.json");
        Files.writeString(input, """
                {"programme":"ALIS","asOf":"2024-01-01","servicePeriods":[
                  {"from":"2023-05-01","to":"2023-04-30","category":"OPEN_PRACTICE","positionPercent":100}]}""");
        assertThat(run(input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("servicePeriods[0].to: Perioden slutter før den begynner.");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingFileExitsWithOne() {
        assertThat(run("no-such-file.json")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kan ikke lese no-such-file.json");
    }

    private int run(String file) {
        return ReadinessCommand.run(new String[] {file}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
