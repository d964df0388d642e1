package no.veiviser;

import java.util.Arrays;
import no.veiviser.requirements.cli.ReadinessCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VeiviserApplication {

    /** Starts the application; {@code readiness <file>} evaluates a record instead and exits (see docs/api.md). */
    public static void main(String[] args) {
        if (args.length > 0 && ReadinessCommand.NAME.equals(args[0])) {
            System.exit(ReadinessCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(VeiviserApplication.class, args);
    }
}
