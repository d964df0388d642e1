package no.veiviser;

import java.util.Arrays;
import no.veiviser.audit.AuditChain;
import no.veiviser.audit.AuditCommand;
import no.veiviser.demo.VolumeGenerator;
import no.veiviser.requirements.cli.ReadinessCommand;
import no.veiviser.shared.database.DatabaseCommand;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VeiviserApplication {

    /**
     * Starts the application; {@code readiness <file>} evaluates a record instead and exits (see
     * docs/api.md); {@code audit verify [checkpoint]} verifies the audit trail in the configured
     * database, without serving pages, and exits; {@code database backup|restore} backs up or restores
     * the embedded database (docs/operations.md); {@code generate} fills a demo database with national
     * volumes for benchmarks (docs/performance.md).
     */
    public static void main(String[] args) {
        if (args.length > 0 && ReadinessCommand.NAME.equals(args[0])) {
            System.exit(ReadinessCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && DatabaseCommand.NAME.equals(args[0])) {
            System.exit(DatabaseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && AuditCommand.NAME.equals(args[0])) {
            int status;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VeiviserApplication.class)
                    .web(WebApplicationType.NONE).run()) {
                status = AuditCommand.run(context.getBean(AuditChain.class), Arrays.copyOfRange(args, 1, args.length),
                        System.out, System.err);
            }
            System.exit(status);
        }
        if (args.length > 0 && VolumeGenerator.NAME.equals(args[0])) {
            int status;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VeiviserApplication.class)
                    .web(WebApplicationType.NONE).run(args)) {
                status = VolumeGenerator.run(context.getBean(Flyway.class).getConfiguration().getDataSource(),
                        context.getBean(PasswordEncoder.class).encode("demo"), Arrays.copyOfRange(args, 1, args.length),
                        System.out, System.err);
            }
            System.exit(status);
        }
        SpringApplication.run(VeiviserApplication.class, args);
    }
}
