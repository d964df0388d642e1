package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.organisation.Organisations;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One veileder and one approver at a time; a change takes effect at once; qualifications are enforced. */
@IntegrationTest
class RelationshipsTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final Set<RelationshipKind> VEILEDER = EnumSet.of(RelationshipKind.VEILEDER);

    @Autowired
    Relationships relationships;

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    private UUID candidate;

    @BeforeEach
    void anAlisCandidate() {
        candidate = person("Kandidat", Profession.PHYSICIAN).id();
        UUID drammen = organisations.findByName("Drammen kommune").orElseThrow().id();
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, drammen, ProgrammeType.ALIS, Scheme.NEW, START,
                null, null, BigDecimal.valueOf(100), null, null), Actor.system());
    }

    @Test
    void changingTheVeilederEndsTheOldRelationshipTheDayBefore() {
        UUID first = specialist("Første");
        UUID second = specialist("Andre");
        relationships.start(candidate, first, RelationshipKind.VEILEDER, START, Actor.system());
        LocalDate change = LocalDate.of(2026, 11, 15);
        relationships.start(candidate, second, RelationshipKind.VEILEDER, change, Actor.system());

        assertThat(relationships.holds(first, candidate, VEILEDER, change.minusDays(1))).isTrue();
        assertThat(relationships.holds(first, candidate, VEILEDER, change)).as("the old veileder loses access at once").isFalse();
        assertThat(relationships.holds(second, candidate, VEILEDER, change)).isTrue();
        assertThat(relationships.ofCandidates(Set.of(candidate)))
                .extracting(SupervisionRelationship::personId, SupervisionRelationship::validFrom, SupervisionRelationship::validTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, START, LocalDate.of(2026, 11, 14)),
                        org.assertj.core.groups.Tuple.tuple(second, change, null));
    }

    @Test
    void someoneWhoIsNeitherSpecialistNorExemptedCannotBeVeileder() {
        UUID nurse = person("Sykepleier", Profession.NURSE).id();
        assertThatThrownBy(() -> relationships.start(candidate, nurse, RelationshipKind.VEILEDER, START, Actor.system()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("veileder.notQualified"));
        assertThat(relationships.ofCandidates(Set.of(candidate))).isEmpty();
    }

    @Test
    void anyProfessionMayBeSupervisorAndThereMayBeSeveral() {
        UUID nurse = person("Sykepleier", Profession.NURSE).id();
        UUID midwife = person("Jordmor", Profession.MIDWIFE).id();
        relationships.start(candidate, nurse, RelationshipKind.SUPERVISOR, START, Actor.system());
        relationships.start(candidate, midwife, RelationshipKind.SUPERVISOR, START, Actor.system());
        assertThat(relationships.ofCandidates(Set.of(candidate))).hasSize(2);
        assertThatThrownBy(() -> relationships.start(candidate, nurse, RelationshipKind.SUPERVISOR, START, Actor.system()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDatabaseRefusesASecondOpenVeileder() {
        UUID first = specialist("Første");
        UUID second = specialist("Andre");
        relationships.start(candidate, first, RelationshipKind.VEILEDER, START, Actor.system());
        assertThatThrownBy(() -> jdbc.sql("""
                insert into supervision_relationship (id, candidate_id, person_id, kind, valid_from,
                                                      created_at, created_by, changed_at, changed_by)
                values (gen_random_uuid(), :candidate, :person, 'VEILEDER', '2026-10-01', now(), 'test', now(), 'test')
                """).param("candidate", candidate).param("person", second).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNewVeilederCannotStartBeforeTheCurrentOne() {
        UUID first = specialist("Første");
        UUID second = specialist("Andre");
        relationships.start(candidate, first, RelationshipKind.VEILEDER, START, Actor.system());
        assertThatThrownBy(() -> relationships.start(candidate, second, RelationshipKind.VEILEDER, START.minusDays(1), Actor.system()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(relationships.holds(first, candidate, VEILEDER, START)).isTrue();
    }

    @Test
    void theCandidateCannotSuperviseHerself() {
        assertThatThrownBy(() -> relationships.start(candidate, candidate, RelationshipKind.SUPERVISOR, START, Actor.system()))
                .isInstanceOf(InvalidInputException.class);
    }

    private UUID specialist(String name) {
        Person person = person(name, Profession.PHYSICIAN);
        people.recordQualification(person.id(), SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN), Actor.system());
        return person.id();
    }

    private Person person(String name, Profession profession) {
        return people.register(new NewPerson(name, "Testesen", null, profession, null), Actor.system());
    }
}
