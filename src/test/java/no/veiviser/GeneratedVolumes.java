package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.veiviser.demo.VolumeGenerator;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The generator's national shape at a size a test can afford, generated once into the shared test
 * database: 20 organisations and 200 candidates with five-year records, 16 of them (8 %, as 2,000
 * of 25,000) in the largest. Generated accounts have the password {@code demo}.
 */
public final class GeneratedVolumes {

    public static final int ORGANISATIONS = 20;
    public static final int CANDIDATES = 200;
    public static final int LARGEST = 16;
    public static final String PASSWORD = "demo";

    /** A candidate, her veileder, the approver and the department head of the largest organisation. */
    public static final String CANDIDATE = "gen.001.kandidat.1";
    public static final String VEILEDER = "gen.001.veileder.1";
    public static final String APPROVER = "gen.001.godkjenner";
    public static final String DEPARTMENT_HEAD = "gen.001.leder";

    private static String output;

    private GeneratedVolumes() {
    }

    /** Generates the volumes unless this test run already has; answers what the generator printed. */
    public static synchronized String ensure(Flyway flyway, PasswordEncoder encoder) {
        if (output == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = VolumeGenerator.run(flyway.getConfiguration().getDataSource(), encoder.encode(PASSWORD),
                    new String[] {"--organisations", Integer.toString(ORGANISATIONS), "--candidates",
                            Integer.toString(CANDIDATES), "--largest", Integer.toString(LARGEST)},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            output = out.toString(StandardCharsets.UTF_8);
        }
        return output;
    }
}
