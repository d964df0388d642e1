package no.veiviser.demo;

import static no.veiviser.demo.DemoCast.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.Person;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.organisation.Organisations;
import no.veiviser.organisation.SpecialtyRegistration;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.AuditableEvent;
import no.veiviser.shared.Specialty;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo municipality in one transaction. Dates of the candidates are relative to the day
 * it is loaded, so that "just started" and "two years in" stay true for a fresh demo; see
 * docs/demo.md for the cast and which facts come from the sources.
 */
class DemoMunicipality {

    static final String NAME = "Drammen kommune";

    /** Drammen plan kap. 3: registered for allmennmedisin with retroactive effect from 23.05.19. */
    static final LocalDate ALLMENNMEDISIN_REGISTERED = LocalDate.of(2019, 5, 23);

    private static final Actor ACTOR = Actor.system();
    private static final BigDecimal FULL_TIME = BigDecimal.valueOf(100);

    private final Organisations organisations;
    private final LearningArenas arenas;
    private final People people;
    private final Enrolments enrolments;
    private final Relationships relationships;
    private final DemoServiceRecords serviceRecords;
    private final DemoGuidance guidance;
    private final DemoPortfolio portfolio;
    private final DemoCompletion completion;
    private final Clock clock;
    private final Map<String, UUID> ids = new HashMap<>();

    DemoMunicipality(Organisations organisations, LearningArenas arenas, People people, Enrolments enrolments,
                     Relationships relationships, DemoServiceRecords serviceRecords, DemoPortfolio portfolio,
                     DemoGuidance guidance, DemoCompletion completion, Clock clock) {
        this.guidance = guidance;
        this.completion = completion;
        this.portfolio = portfolio;
        this.serviceRecords = serviceRecords;
        this.organisations = organisations;
        this.arenas = arenas;
        this.people = people;
        this.enrolments = enrolments;
        this.relationships = relationships;
        this.clock = clock;
    }

    boolean isLoaded() {
        return organisations.findByName(NAME).isPresent();
    }

    @Transactional
    void load() {
        EducationOrganisation drammen = organisations.create(NAME, null, OrganisationKind.MUNICIPALITY, ACTOR);
        organisations.register(drammen.id(), new SpecialtyRegistration(Specialty.ALLMENNMEDISIN, ALLMENNMEDISIN_REGISTERED), ACTOR);
        // The sources say Drammen is registered for samfunnsmedisin but give no date: a demo placeholder.
        organisations.register(drammen.id(), new SpecialtyRegistration(Specialty.SAMFUNNSMEDISIN, ALLMENNMEDISIN_REGISTERED), ACTOR);
        addArenas(drammen.id());
        addStaff(drammen.id());
        addAlis(drammen.id());
        addLis1Intake(drammen.id());
        addRelationships();
        serviceRecords.load(ids, drammen.id(), today());
        portfolio.load(ids, drammen.id(), today());
        guidance.load(ids, drammen.id(), today(), java.util.Map.of(
                ALIS_JUST_STARTED.username(), VEILEDER_SPECIALIST_1.username(),
                ALIS_TWO_YEARS.username(), VEILEDER_SPECIALIST_2.username(),
                ALIS_FOUR_AND_A_HALF_YEARS.username(), VEILEDER_EXEMPTED.username(),
                ALIS_CONVERTED.username(), VEILEDER_SPECIALIST_1.username()));
        guidance.loadGroups(ids, drammen.id(), today(), DEPARTMENT_HEAD_PERSON.username(),
                ALIS_FOUR_AND_A_HALF_YEARS.username(), ALIS_TWO_YEARS.username());
        loadCompleted(drammen.id());
    }

    /** Marte has done it all: every requirement is met and she can apply for specialist approval. */
    private void loadCompleted(UUID organisationId) {
        guidance.loadEveryMonth(ids, organisationId, today(), ALIS_COMPLETED.username(), VEILEDER_SPECIALIST_2.username());
        guidance.loadCompletedGroup(ids, organisationId, today(), DEPARTMENT_HEAD_PERSON.username(),
                ALIS_COMPLETED.username());
        completion.load(organisationId, ids.get(ALIS_COMPLETED.username()), ids.get(VEILEDER_SPECIALIST_2.username()),
                ids.get("jon.bakke"), ids.get(APPROVER_PERSON.username()));
    }

    /** Who supervises whom, from each candidate's start; Emma's veileder has the exemption that ends soon. */
    private void addRelationships() {
        relate(ALIS_JUST_STARTED, VEILEDER_SPECIALIST_1, "jon.bakke", "line.moen");
        relate(ALIS_TWO_YEARS, VEILEDER_SPECIALIST_2, "sofie.dahl", "per.aasen", "line.moen");
        relate(ALIS_FOUR_AND_A_HALF_YEARS, VEILEDER_EXEMPTED, "ida.hovland", "per.aasen");
        relate(ALIS_CONVERTED, VEILEDER_SPECIALIST_1, "jon.bakke");
        relate(ALIS_COMPLETED, VEILEDER_SPECIALIST_2, "jon.bakke");
        for (int index = 0; index < LIS1_INTAKE.size(); index++) {
            relate(LIS1_INTAKE.get(index), index % 2 == 0 ? VEILEDER_SPECIALIST_1 : VEILEDER_SPECIALIST_2, "sofie.dahl");
        }
    }

    private void relate(DemoPerson candidate, DemoPerson veileder, String... supervisors) {
        UUID candidateId = ids.get(candidate.username());
        LocalDate start = enrolments.of(candidateId).get(0).startDate();
        relationships.start(candidateId, ids.get(veileder.username()), RelationshipKind.VEILEDER, start, Actor.system());
        relationships.start(candidateId, ids.get(APPROVER_PERSON.username()), RelationshipKind.APPROVER, start, Actor.system());
        for (String supervisor : supervisors) {
            relationships.start(candidateId, ids.get(supervisor), RelationshipKind.SUPERVISOR, start, Actor.system());
        }
    }

    private void addArenas(UUID organisationId) {
        DemoArenas.load(arenas, organisationId, ACTOR);
    }

    private void addStaff(UUID organisationId) {
        create(organisationId, ADMIN);
        create(organisationId, APPROVER_PERSON);
        create(organisationId, DEPARTMENT_HEAD_PERSON);
        Person first = create(organisationId, VEILEDER_SPECIALIST_1);
        Person second = create(organisationId, VEILEDER_SPECIALIST_2);
        Person exempted = create(organisationId, VEILEDER_EXEMPTED);
        people.recordQualification(first.id(), SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN), ACTOR);
        people.recordQualification(second.id(), SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN), ACTOR);
        // Expires within 60 days of loading, so the demo shows the warning for a lapsing exemption.
        people.recordQualification(exempted.id(),
                SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, today().plusDays(45)), ACTOR);
        SUPERVISORS.forEach(supervisor -> create(organisationId, supervisor));
    }

    private void addAlis(UUID organisationId) {
        LocalDate thisMonth = today().withDayOfMonth(1);
        enrol(create(organisationId, ALIS_JUST_STARTED), organisationId, ProgrammeType.ALIS, Scheme.NEW,
                thisMonth.minusMonths(2), null, null, FULL_TIME);
        enrol(create(organisationId, ALIS_TWO_YEARS), organisationId, ProgrammeType.ALIS, Scheme.NEW,
                thisMonth.minusYears(2), null, null, FULL_TIME);
        enrol(create(organisationId, ALIS_FOUR_AND_A_HALF_YEARS), organisationId, ProgrammeType.ALIS, Scheme.NEW,
                thisMonth.minusMonths(54), null, null, BigDecimal.valueOf(80));
        // Started in the old scheme before parts 2 and 3 of the new regulation took effect on 1 March 2019.
        enrol(create(organisationId, ALIS_CONVERTED), organisationId, ProgrammeType.ALIS, Scheme.CONVERTED,
                LocalDate.of(2018, 9, 1), null, LocalDate.of(2021, 1, 1), FULL_TIME);
        enrol(create(organisationId, ALIS_COMPLETED), organisationId, ProgrammeType.ALIS, Scheme.NEW,
                thisMonth.minusMonths(DemoServiceRecords.COMPLETED_MONTHS), null, null, FULL_TIME);
    }

    private void addLis1Intake(UUID organisationId) {
        LocalDate intake = currentLis1Intake(today());
        LocalDate lastDay = intake.plusMonths(6).minusDays(1);
        LIS1_INTAKE.forEach(doctor -> enrol(create(organisationId, doctor), organisationId, ProgrammeType.LIS1,
                Scheme.NEW, intake, lastDay, null, FULL_TIME));
    }

    /** LIS1 in the municipality start on 1 March or 1 September; the current intake is the latest one started. */
    static LocalDate currentLis1Intake(LocalDate today) {
        LocalDate september = LocalDate.of(today.getYear(), 9, 1);
        LocalDate march = LocalDate.of(today.getYear(), 3, 1);
        if (!today.isBefore(september)) {
            return september;
        }
        return today.isBefore(march) ? september.minusYears(1) : march;
    }

    private Person create(UUID organisationId, DemoPerson demo) {
        Person person = people.register(new NewPerson(demo.givenName(), demo.familyName(),
                demo.username() + "@demo.veiviser.no", demo.profession(), demo.title()), ACTOR);
        people.createLocalAccount(person.id(), demo.username(), PASSWORD, ACTOR);
        demo.roles().forEach(role -> people.grantRole(person.id(), organisationId, role, ACTOR));
        ids.put(demo.username(), person.id());
        return person;
    }

    private void enrol(Person candidate, UUID organisationId, ProgrammeType programme, Scheme scheme,
                       LocalDate start, LocalDate end, LocalDate convertedOn, BigDecimal positionPercent) {
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate.id(), organisationId, programme, scheme, start,
                end, convertedOn, positionPercent, null, null), ACTOR);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
