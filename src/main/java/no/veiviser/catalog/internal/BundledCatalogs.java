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
 * The catalogs shipped with Veiviser (src/main/resources/catalog, listed in {@code bundled.csv}): the
 * official goal texts of spesialistforskriften vedlegg 2 from Lovdata's open data (NLOD 2.0), each as a
 * dated version, and the course catalog. A bundled version is loaded, through the same parser as an
 * import, into a database that has no version of its catalog with the same source; an installation
 * that started with an earlier catalog gets the official one as a new version, and its candidates
 * keep theirs until the approver moves them.
 */
@Component
@Order(0)
class BundledCatalogs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledCatalogs.class);

    /** One line of bundled.csv. */
    record Bundled(CatalogCode catalog, String file, LocalDate validFrom, LocalDate validTo, String source) {
    }

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
        for (Bundled bundled : manifest()) {
            boolean present = catalogs.versions(bundled.catalog()).stream()
                    .anyMatch(version -> bundled.source().equals(version.source()));
            if (!present) {
                load(bundled);
            }
        }
        if (courses.isEmpty()) {
            loadCourses();
        }
    }

    static List<Bundled> manifest() {
        List<Bundled> manifest = new java.util.ArrayList<>();
        for (CSVRecord row : rows("catalog/bundled.csv")) {
            String validTo = row.get("gyldig_til");
            manifest.add(new Bundled(CatalogCode.valueOf(row.get("katalog")), row.get("fil"),
                    LocalDate.parse(row.get("gyldig_fra")), validTo.isBlank() ? null : LocalDate.parse(validTo),
                    row.get("kilde")));
        }
        return manifest;
    }

    private void load(Bundled bundled) {
        GoalFileParser.Result parsed = CatalogFiles.read(bundled.catalog(), bundled.file(),
                bytes("catalog/" + bundled.file()));
        if (!parsed.isValid()) {
            throw new IllegalStateException("The bundled catalog " + bundled.file() + " is invalid: " + parsed.problems());
        }
        catalogs.createVersion(bundled.catalog(), bundled.validFrom(), bundled.validTo(), bundled.source(),
                parsed.goals(), bundled.file(), Actor.system());
        log.info("Loaded the bundled {} catalog {} with {} goals", bundled.catalog(), bundled.file(), parsed.goals().size());
    }

    private void loadCourses() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CSVRecord row : rows("catalog/courses.csv")) {
            courses.insert(course(row), AuditableEvent.SYSTEM, now);
        }
    }

    private static List<CSVRecord> rows(String resource) {
        try (InputStreamReader reader = new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
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
