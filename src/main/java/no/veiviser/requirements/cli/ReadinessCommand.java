package no.veiviser.requirements.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.requirements.InvalidReadinessInput;
import no.veiviser.requirements.ReadinessEngine;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessView;
import no.veiviser.requirements.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar veiviser.jar readiness input.json}: evaluates the record in the file (the same JSON
 * as {@code POST /api/v1/readiness/evaluate}) and prints the result, without starting the application.
 * Exit status 0 when evaluated, 2 when the input is invalid (the reason on standard error), 1 when the
 * file cannot be read.
 */
public final class ReadinessCommand {

    public static final String NAME = "readiness";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReadinessCommand() {
    }

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length != 1) {
            err.println("Bruk: java -jar veiviser.jar readiness <input.json>");
            return 1;
        }
        String text;
        try {
            text = Files.readString(Path.of(arguments[0]));
        } catch (IOException e) {
            err.println("Kan ikke lese " + arguments[0] + ": " + e.getMessage());
            return 1;
        }
        try {
            ReadinessInput input = JSON.readValue(text, ReadinessInput.class);
            out.println(JSON.writeValueAsString(ReadinessView.of(ReadinessEngine.evaluate(input), Text.BOKMAL)));
            return 0;
        } catch (InvalidReadinessInput e) {
            err.println(e.field() + ": " + e.getMessage());
            return 2;
        } catch (JacksonException e) {
            err.println(e.getPathReference() + ": kan ikke leses (" + e.getOriginalMessage() + ")");
            return 2;
        }
    }
}
