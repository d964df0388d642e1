package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every explanation, trace note and forecast note the engine gives is a message key with arguments,
 * rendered from the bundles: both languages have every key, and the English rendering is English.
 * The texts checked are those of all the golden cases, which between them reach every rule.
 */
class ExplanationLanguageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyKeyTheEngineUsesIsInBothLanguagesAndTheBundlesAgree() throws IOException {
        Properties bokmal = bundle("requirements/texts.properties");
        Properties english = bundle("requirements/texts_en.properties");
        Set<String> used = new TreeSet<>();
        for (ReadinessResult result : goldenResults()) {
            for (Text text : texts(result)) {
                used.addAll(text.keys());
            }
        }

        assertThat(used).as("keys used by the golden cases").hasSizeGreaterThan(40);
        assertThat(bokmal.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).isEqualTo(bokmal.stringPropertyNames());
    }

    /** The messages are placed without MessageFormat (see MessagePattern); the result must not differ. */
    @Test
    void everyMessageIsPlacedAsMessageFormatWouldPlaceIt() throws IOException {
        String[] values = {"null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"};
        for (String resource : List.of("requirements/texts.properties", "requirements/texts_en.properties")) {
            Properties messages = bundle(resource);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                StringBuilder placed = new StringBuilder();
                MessagePattern.parse(message).writeTo(placed, values);
                assertThat(placed.toString()).as(resource + " " + key)
                        .isEqualTo(new MessageFormat(message.replace("'", "''"), Locale.ROOT).format(values));
            }
        }
        StringBuilder apostrophe = new StringBuilder();
        MessagePattern.parse("{0}'s {1} of {2}").writeTo(apostrophe, new String[] {"Kari", "plan"});
        assertThat(apostrophe).hasToString("Kari's plan of {2}");
        assertThatThrownBy(() -> MessagePattern.parse("{x} of {0}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessagePattern.parse("{0} }")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameResultReadsInBokmalAndInEnglish() throws IOException {
        ReadinessResult result = ReadinessEngine.evaluate(input("30-ready-to-apply.json"));
        Text guidance = result.requirement("guidance.individual").explanation();

        assertThat(guidance.render(Text.BOKMAL)).startsWith("210 timer individuell veiledning holdt; behovet er 189 timer.");
        assertThat(guidance.render(Locale.ENGLISH)).startsWith("210 hours of individual guidance held; the need is 189 hours.")
                .contains("From 1 Jan 2022 to 31 Dec 2024: 36 months × 3.5 h.");
        assertThat(guidance.render(Locale.GERMAN)).as("a language Veiviser lacks falls back to bokmål")
                .isEqualTo(guidance.render(Text.BOKMAL));
    }

    @Test
    void theForecastNoteNamesRequirementsAndCategoriesInWords() throws IOException {
        ReadinessResult result = ReadinessEngine.evaluate(input("03-part-time-80-no-institution-forecast-null.json"));

        assertThat(result.earliestCompletionNote().render(Text.BOKMAL))
                .startsWith("Fortsetter kandidaten som i siste periode (åpen uselektert praksis, 80 % stilling)")
                .doesNotContain("OPEN_PRACTICE").doesNotContain("service.");
        assertThat(result.earliestCompletionNote().render(Locale.ENGLISH)).contains("open unselected practice");
    }

    @Test
    void traceLinesAreInWordsWithoutCodes() throws IOException {
        ReadinessResult result = ReadinessEngine.evaluate(input("21-on-call-midnight-weekend-17-may-easter.json"));
        ReadinessResult service = ReadinessEngine.evaluate(input("05-fifty-percent-floor.json"));

        String shift = result.requirement("onCall.qualifyingShifts").trace().get(0).item().render(Text.BOKMAL);
        assertThat(shift).matches("Vakt \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d–\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d");
        for (TraceItem item : service.requirement("service.total").trace()) {
            assertThat(item.item().render(Text.BOKMAL)).matches("[a-zæøå ]+ \\d\\d\\.\\d\\d\\.\\d{4}–\\d\\d\\.\\d\\d\\.\\d{4}, \\d+ % stilling")
                    .doesNotContain("_");
        }
    }

    private static List<Text> texts(ReadinessResult result) {
        List<Text> texts = new ArrayList<>();
        if (result.earliestCompletionNote() != null) {
            texts.add(result.earliestCompletionNote());
        }
        for (RequirementResult requirement : result.requirements()) {
            texts.add(requirement.explanation());
            requirement.trace().stream().map(TraceItem::note).filter(java.util.Objects::nonNull).forEach(texts::add);
            requirement.trace().stream().map(TraceItem::item).forEach(texts::add);
        }
        return texts;
    }

    private static List<ReadinessResult> goldenResults() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "requirements"))) {
            List<ReadinessResult> results = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                results.add(ReadinessEngine.evaluate(input(file.getFileName().toString())));
            }
            return results;
        }
    }

    private static ReadinessInput input(String name) throws IOException {
        return JSON.treeToValue(JSON.readTree(Files.readString(Path.of("src", "test", "resources", "requirements", name)))
                .get("input"), ReadinessInput.class);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExplanationLanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
