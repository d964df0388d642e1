package no.veiviser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import no.veiviser.shared.AuditableEvent;
import no.veiviser.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Rules of docs/architecture.md that the compiler does not check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.veiviser");

    @Test
    void timeComesFromTheInjectedClock() {
        ArchRule rule = noClasses()
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("dates decide what the regulation counts; tests must be able to fix them (use the Clock bean)");
        rule.check(CLASSES);
    }

    /** Tests may read the real day, but as a Norwegian date: the machine's zone is not the domain's. */
    @Test
    void testsReadTodayInTheDomainsZone() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("no.veiviser");
        ArchRule rule = noClasses()
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .because("the application dates in Europe/Oslo; use the Clock bean or TimeConfiguration.OSLO");
        rule.check(tests);
    }

    @Test
    void controllersGoThroughApplicationServices() {
        ArchRule rule = noClasses()
                .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .because("permission checks and transactions live in the module's application service");
        rule.check(CLASSES);
    }

    @Test
    void theRequirementsEngineIsPlainJava() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("no.veiviser.requirements").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "tools.jackson..")
                .because("the engine is input in, result out: no framework, no database, no clock (docs/rules/README.md)");
        rule.check(CLASSES);
    }

    @Test
    void eventsAreTypedFactsNotAStringAction() {
        ArchRule rule = classes()
                .that().implement(AuditableEvent.class)
                .should(notCarryTheirActionAsAField())
                .because("listeners switch on the event's type, never on a string (docs/adr/0006)");
        rule.check(CLASSES);
    }

    @Test
    void noControllerCatchesADomainRefusalItself() {
        ArchRule rule = classes()
                .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should(notCatch(InvalidInputException.class))
                .because("one mechanism turns a refusal into form errors or a flash message (shared.FormRefusals)");
        rule.check(CLASSES);
    }

    @Test
    void oneJsonLibraryFamily() {
        ArchRule rule = noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.core..", "com.google.gson..", "jakarta.json..")
                .because("Veiviser reads and writes JSON with Jackson 3 (tools.jackson) only; Jackson 2 is on the "
                        + "class path for the OpenAPI description alone (docs/adr/0007)");
        rule.check(CLASSES);
    }

    private static ArchCondition<JavaClass> notCatch(Class<? extends Throwable> refusal) {
        return new ArchCondition<>("not catch " + refusal.getSimpleName()) {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                controller.getCodeUnits().forEach(method -> method.getTryCatchBlocks().forEach(block -> {
                    if (block.getCaughtThrowables().stream().anyMatch(caught -> caught.isEquivalentTo(refusal))) {
                        events.add(SimpleConditionEvent.violated(controller,
                                method.getFullName() + " catches " + refusal.getSimpleName()));
                    }
                }));
            }
        };
    }

    private static ArchCondition<JavaClass> notCarryTheirActionAsAField() {
        return new ArchCondition<>("not carry their action as a field") {
            @Override
            public void check(JavaClass event, ConditionEvents events) {
                event.getFields().stream().filter(field -> field.getName().equals("action"))
                        .forEach(field -> events.add(SimpleConditionEvent.violated(event,
                                event.getName() + " carries its action as a field")));
            }
        };
    }
}
