package no.veiviser.catalog.internal;

import no.veiviser.identity.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.CourseKind;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.shared.AuditableEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The starting catalog shipped with Veiviser (src/main/resources/catalog): ALM and FKM as far as the
 * sources give them (unknown titles stay unknown) and the course catalog. Loaded once, into a
 * database that has no version of the catalog yet, through the same parser as an import.
 */
@Component
@Order(0)
class BundledCatalogs implements ApplicationRunner {

    /** Parts 2 and 3 of spesialistforskriften took effect on 1 March 2019. */
    static final LocalDate VALID_FROM = LocalDate.of(2019, 3, 1);
    static final String SOURCE = "Veiviser starting catalog, from the domain data gathered from Drammen kommune's "
            + "utdanningsplan and Helsedirektoratet's pages; import Helsedirektoratet's plan to complete it";

    private static final Logger log = LoggerFactory.getLogger(BundledCatalogs.class);

    private final GoalCatalogs catalogs;
    private final CourseRepository courses;
    private final Clock clock;

    BundledCatalogs(GoalCatalogs catalogs, CourseRepository courses, Clock clock) {
        this.catalogs = catalogs;
        this.courses = courses;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (CatalogCode catalog : List.of(CatalogCode.ALM, CatalogCode.FKM)) {
            if (catalogs.latest(catalog).isEmpty()) {
                load(catalog);
            }
        }
        if (courses.isEmpty()) {
            loadCourses();
        }
    }

    private void load(CatalogCode catalog) {
        String file = catalog.name() + ".csv";
        GoalFileParser.Result parsed = CatalogFiles.read(catalog, file, bytes("catalog/" + file));
        if (!parsed.isValid()) {
            throw new IllegalStateException("The bundled catalog " + file + " is invalid: " + parsed.problems());
        }
        catalogs.createVersion(catalog, VALID_FROM, SOURCE, parsed.goals(), file, Actor.system());
        log.info("Loaded the bundled {} catalog with {} goals", catalog, parsed.goals().size());
    }

    private void loadCourses() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (InputStreamReader reader = new InputStreamReader(
                new ClassPathResource("catalog/courses.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                courses.insert(course(row), AuditableEvent.SYSTEM, now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Course course(CSVRecord row) {
        String hours = row.get("timer");
        String goals = row.get("læringsmål").trim();
        return new Course(UUID.randomUUID(), row.get("kode"), row.get("navn"), CourseKind.valueOf(row.get("type")),
                hours.isBlank() ? null : new BigDecimal(hours),
                goals.isEmpty() ? List.of() : Arrays.asList(goals.split("\\s+")), row.get("kilde"));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
