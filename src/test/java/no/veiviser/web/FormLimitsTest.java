package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser stops typing where the server would refuse: every text area carries the longest text as
 * its {@code maxlength}, so that no one loses a long text to an "invalid request" page.
 */
class FormLimitsTest {

    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*>");

    @Test
    void everyTextAreaStopsAtTheLongestText() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            templates = files.filter(file -> file.toString().endsWith(".jte")).toList();
        }
        int found = 0;
        for (Path template : templates) {
            Matcher textarea = TEXTAREA.matcher(Files.readString(template));
            while (textarea.find()) {
                found++;
                assertThat(textarea.group()).as(template.toString())
                        .contains("maxlength=\"${no.veiviser.shared.InputLimits.LONGEST_TEXT}\"");
            }
        }
        assertThat(found).isPositive();
    }
}
