package no.veiviser.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar veiviser.jar generate [--organisations 350] [--candidates 25000] [--largest 2000]}:
 * fills a demo database with national volumes for benchmarks (docs/performance.md) — organisations,
 * their staff and candidates with five-year records — through the real schema and its constraints, in
 * one transaction, printing each step as it goes. Every generated account has the demo password.
 *
 * <p>It refuses a database without the demo municipality (so it never writes invented people into a
 * municipality's real database) and a database it has filled before. Exit status 0 when done, 1 on
 * bad use or refusal.
 */
public final class VolumeGenerator {

    public static final String NAME = "generate";

    static final String SCRIPT = "/demo/national-volumes.sql";
    static final String FIRST_ORGANISATION = "Generert kommune 001";
    private static final String STEP = "-- step: ";

    private VolumeGenerator() {
    }

    /** The sizes asked for; the largest organisation is the one a department head with many candidates runs. */
    record Volumes(int organisations, int candidates, int largest) {

        static Volumes parse(String[] arguments) {
            int organisations = 350;
            int candidates = 25_000;
            int largest = 2_000;
            for (int i = 0; i < arguments.length; i++) {
                String name = arguments[i];
                if (!name.equals("--organisations") && !name.equals("--candidates") && !name.equals("--largest")) {
                    continue;
                }
                if (i + 1 >= arguments.length) {
                    throw new IllegalArgumentException(name + " mangler et tall.");
                }
                int value = number(name, arguments[++i]);
                switch (name) {
                    case "--organisations" -> organisations = value;
                    case "--candidates" -> candidates = value;
                    default -> largest = value;
                }
            }
            if (organisations < 2) {
                throw new IllegalArgumentException("--organisations må være minst 2.");
            }
            if (largest < 1 || candidates - largest < organisations - 1) {
                throw new IllegalArgumentException("--largest må være minst 1, og resten av kandidatene må gi minst én "
                        + "til hver av de andre virksomhetene.");
            }
            return new Volumes(organisations, candidates, largest);
        }

        private static int number(String name, String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " må være et heltall, ikke «" + text + "».");
            }
        }
    }

    public static int run(DataSource owner, String passwordHash, String[] arguments, PrintStream out, PrintStream err) {
        Volumes volumes;
        try {
            volumes = Volumes.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Bruk: java -jar veiviser.jar generate [--organisations 350] [--candidates 25000] [--largest 2000]");
            return 1;
        }
        String refusal = refusal(new JdbcTemplate(owner));
        if (refusal != null) {
            err.println(refusal);
            return 1;
        }
        try {
            generate(owner, steps(script(volumes, passwordHash)), out);
        } catch (SQLException e) {
            err.println("Genereringen stoppet, og ingenting er lagret: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static String refusal(JdbcTemplate jdbc) {
        if (count(jdbc, DemoMunicipality.NAME) == 0) {
            return "Databasen har ikke demokommunen. Generatoren fyller bare en demodatabase (den innebygde), "
                    + "aldri en kommunes egen.";
        }
        if (count(jdbc, FIRST_ORGANISATION) > 0) {
            return "Databasen er allerede fylt av generatoren. Begynn med en tom datakatalog.";
        }
        return null;
    }

    private static int count(JdbcTemplate jdbc, String organisation) {
        Integer count = jdbc.queryForObject("select count(*) from education_organisation where name = ?", Integer.class,
                organisation);
        return count == null ? 0 : count;
    }

    static String script(Volumes volumes, String passwordHash) {
        try (InputStream in = VolumeGenerator.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${organisations}", Integer.toString(volumes.organisations()))
                    .replace("${candidates}", Integer.toString(volumes.candidates()))
                    .replace("${largest}", Integer.toString(volumes.largest()))
                    .replace("${passwordHash}", passwordHash.replace("'", "''"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script's steps: the text after each {@code -- step:} line up to the next one. */
    static List<Step> steps(String script) {
        List<Step> steps = new ArrayList<>();
        String title = null;
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith(STEP)) {
                if (title != null) {
                    steps.add(new Step(title, sql.toString()));
                }
                title = line.substring(STEP.length()).trim();
                sql.setLength(0);
            } else if (title != null) {
                sql.append(line).append('\n');
            }
        }
        if (title != null) {
            steps.add(new Step(title, sql.toString()));
        }
        return steps;
    }

    record Step(String title, String sql) {
    }

    private static void generate(DataSource owner, List<Step> steps, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < steps.size(); i++) {
                    long stepStarted = System.nanoTime();
                    out.printf(Locale.ROOT, "Trinn %d av %d: %s …%n", i + 1, steps.size(), steps.get(i).title());
                    statement.execute(steps.get(i).sql());
                    out.printf(Locale.ROOT, "  ferdig på %.1f s%n", seconds(stepStarted));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            vacuum(connection, out);
        }
        out.printf(Locale.ROOT, "Ferdig på %.1f s.%n", seconds(started));
    }

    /**
     * Marks the new rows' pages all-visible now, as autovacuum would over the next minutes: a benchmark
     * started on a freshly generated database overlapped it and came out a third slower.
     */
    private static void vacuum(Connection connection, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        out.println("Vacuum av tabellene, så de kan måles som i drift …");
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
        }
        out.printf(Locale.ROOT, "  ferdig på %.1f s%n", seconds(started));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
