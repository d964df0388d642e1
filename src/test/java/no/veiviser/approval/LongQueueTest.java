package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.Paged;
import no.veiviser.shared.Specialty;
import no.veiviser.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A queue longer than {@link Paged#COUNT_LIMIT} is counted only that far: 11 candidates with 91
 * submitted goals each are 1,001 waiting for their approver (and their veileder), one more than
 * the limit, so the pages say "more than 1,000" and go to the thousandth (page 50 of twenty).
 */
@IntegrationTest
class LongQueueTest {

    private static final int CANDIDATES = 11;
    private static final int GOALS_EACH = 91;
    /** "1 000" as Norwegian numbers are written (a no-break space between the thousands). */
    private static final String THOUSAND = "1\u00a0000";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRepository assessments;

    private UUID approverId;
    private String approver;
    private String veileder;

    @BeforeEach
    void elevenCandidatesWithNinetyOneGoalsWaitingEach() {
        UUID organisation = organisations.create("Lang kø " + UUID.randomUUID(), null,
                no.veiviser.organisation.OrganisationKind.MUNICIPALITY, Actor.system()).id();
        approverId = personWithAccount("Godkjenner");
        UUID veilederId = personWithAccount("Veileder");
        people.recordQualification(veilederId, SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN), Actor.system());
        approver = username(approverId);
        veileder = username(veilederId);
        LocalDate start = LocalDate.of(2026, 9, 1);
        for (int number = 0; number < CANDIDATES; number++) {
            UUID candidate = people.register(new NewPerson("Kandidat", "Nr " + number, null, Profession.PHYSICIAN, null),
                    Actor.system()).id();
            enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisation, ProgrammeType.ALIS, Scheme.NEW,
                    start, null, null, BigDecimal.valueOf(100), null, null), Actor.system());
            relationships.start(candidate, approverId, RelationshipKind.APPROVER, start, Actor.system());
            relationships.start(candidate, veilederId, RelationshipKind.VEILEDER, start, Actor.system());
            jdbc.sql("""
                    insert into goal_assessment (id, candidate_id, goal_code, status, created_at, created_by,
                                                 changed_at, changed_by)
                    select gen_random_uuid(), :candidate, 'ALM-' || lpad(goal::text, 3, '0'), 'SUBMITTED',
                           now() - goal * interval '1 minute', 'test', now() - goal * interval '1 minute', 'test'
                      from generate_series(1, :goals) goal
                    """).param("candidate", candidate).param("goals", GOALS_EACH).update();
        }
    }

    @Test
    void theApproversPagesSayMoreThanAThousandAndGoToTheThousandth() throws Exception {
        MockHttpSession session = signIn(approver);

        assertThat(page(session, "/approvals")).contains(
                "Viser 1–20 av flere enn " + THOUSAND + ". Sidene viser de første " + THOUSAND + ".", "Neste side");
        assertThat(page(session, "/approvals?page=50")).contains("Viser 981–" + THOUSAND + " av flere enn " + THOUSAND)
                .contains("Forrige side").doesNotContain("Neste side");
        assertThat(page(session, "/approvals?page=51")).as("past the counted pages, as past the end")
                .contains("Viser 1–20 av flere enn " + THOUSAND);
    }

    @Test
    void theApiSaysTheCountIsExceededRatherThanGivingTheLimitAsTheCount() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/approvals")
                .with(httpBasic(approver, FreshCandidates.PASSWORD))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Total-Count")).isNull();
        assertThat(response.getHeader("X-Total-Count-Exceeds")).isEqualTo("1000");
        assertThat(response.getHeader("Link")).isEqualTo("</api/v1/approvals?page=2>; rel=\"next\"");
    }

    @Test
    void theVeiledersQueueIsCountedTheSameWay() throws Exception {
        assertThat(page(signIn(veileder), "/recommendations")).contains("Viser 1–20 av flere enn " + THOUSAND);
    }

    /**
     * The queue read from V48's table has, page by page, the goals that joining her relationships to
     * the submitted goals and sorting them gives, the oldest first.
     */
    @Test
    void theQueuesPagesAreTheOnesThatSortingHerCandidatesGoalsGives() {
        LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
        List<String> kinds = List.of(RelationshipKind.APPROVER.name(), RelationshipKind.DEPUTY_APPROVER.name());
        for (int number : List.of(1, 2, 50)) {
            Paged<GoalAssessment> read = assessments.submittedOf(approverId, kinds, today, number, 20);
            List<UUID> sorted = jdbc.sql("""
                    select a.id from goal_assessment a
                     where a.status = 'SUBMITTED' and exists (select 1 from supervision_relationship r
                           where r.candidate_id = a.candidate_id and r.person_id = :person and r.kind = any(:kinds)
                             and r.valid_from <= :day and (r.valid_to is null or r.valid_to >= :day))
                     order by a.changed_at, a.id limit 20 offset :offset
                    """).param("person", approverId).param("kinds", kinds.toArray(String[]::new)).param("day", today)
                    .param("offset", Paged.offset(number, 20)).query((rs, row) -> rs.getObject("id", UUID.class)).list();

            assertThat(read.countLimited()).isTrue();
            assertThat(read.rows()).extracting(GoalAssessment::id).as("page " + number)
                    .hasSize(20).containsExactlyElementsOf(sorted);
        }
    }

    private UUID personWithAccount(String role) {
        UUID id = people.register(new NewPerson("Lang", role, null, Profession.PHYSICIAN, null), Actor.system()).id();
        people.createLocalAccount(id, username(id), FreshCandidates.PASSWORD, Actor.system());
        return id;
    }

    private static String username(UUID id) {
        return "lang.ko." + id.toString().substring(0, 8);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
