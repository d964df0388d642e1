package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.approval.GoalOverviews;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.Role;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.readiness.CandidateReadiness;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.organisation.Organisations;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The candidate's goal overview, her readiness and the guidance pages take the same small number of
 * queries however much she has done.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class QueriesPerPageTest {

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** The text of every statement prepared, for the tests that ask what was read. */
    static final List<String> PREPARED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * While set, every connection the application borrows plans without sequential scans, as
     * HotQueryPlansTest does for single queries: on the small test database a scan of a small table is
     * rightly cheapest, so only a query with no index it can use still scans.
     */
    static volatile boolean sequentialScansPricedOut;

    /** Counts every statement prepared through the application's data source. */
    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, arguments) -> {
                        Object result = invoke(target, method, arguments);
                        if (result instanceof Connection connection) {
                            try (java.sql.Statement planning = connection.createStatement()) {
                                planning.execute("set enable_seqscan = " + (sequentialScansPricedOut ? "off" : "on"));
                            }
                            return countingConnection(connection);
                        }
                        return result;
                    });
        }

        static Connection countingConnection(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                            STATEMENTS.incrementAndGet();
                        }
                        if (method.getName().equals("prepareStatement")) {
                            PREPARED.add((String) arguments[0]);
                        }
                        return invoke(target, method, arguments);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    GoalOverviews overviews;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    Portfolio portfolio;

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    ServiceRecords serviceRecords;

    @Autowired
    CandidateReadiness readiness;

    @Test
    void theNumberOfQueriesDoesNotGrowWithGoalsActivitiesOrAssessments() {
        UUID candidate = people.register(new NewPerson("Telle", "Spørringer", null, Profession.PHYSICIAN, null), Actor.system()).id();
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, LocalDate.of(2026, 9, 1), null, null, BigDecimal.valueOf(100), null, null), Actor.system());

        int empty = queriesFor(candidate);

        for (int index = 1; index <= 20; index++) {
            String goal = String.format("ALM-%03d", index);
            portfolio.record(TestActors.person(candidate), new NewActivity(ActivityType.OTHER, "Aktivitet " + index, LocalDate.of(2026, 10, index),
                    null, null, null, null, List.of(goal)));
            approvals.submit(TestActors.person(candidate), goal, null);
        }
        approvals.of(candidate).stream().limit(5).forEach(assessment ->
                approvals.recall(TestActors.person(candidate), assessment.id()));
        int full = queriesFor(candidate);

        assertThat(overviews.of(candidate)).extracting(progress -> progress.total()).containsExactlyInAnyOrder(88, 14);
        assertThat(full).isEqualTo(empty);
        assertThat(full).isLessThanOrEqualTo(10);
    }

    @Test
    void readinessTakesAsManyQueriesForFiveYearsAsForNothing() {
        FreshCandidates.FreshCandidate alis = fresh.alisStartingOn(LocalDate.of(2020, 1, 1));
        Actor candidate = person(alis.id(), alis.organisationId(), Role.CANDIDATE);
        Actor head = person(fresh.person(fresh.departmentHeadOf(alis)), alis.organisationId(),
                Role.DEPARTMENT_HEAD);

        int empty = readinessQueries(candidate);

        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int month = 0; month < 60; month++) {
            LocalDate from = start.plusMonths(month);
            var period = serviceRecords.report(candidate, NewServiceRecord.period(from, from.plusMonths(1).minusDays(1),
                    ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(month % 2 == 0 ? 100 : 80), false, null, null));
            serviceRecords.confirm(head, period.id());
            LocalDateTime shift = from.atTime(16, 0);
            serviceRecords.confirm(head, serviceRecords.report(candidate,
                    NewServiceRecord.onCallShift(shift, shift.plusHours(8))).id());
            portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION, "Felleskonsultasjon " + month,
                    from, null, null, null, null, List.of("ALM-042")));
        }
        serviceRecords.report(candidate, NewServiceRecord.absence(start, start.plusDays(14), AbsenceType.SICK_LEAVE));
        int full = readinessQueries(candidate);

        assertThat(readiness.of(candidate, alis.id()).result().requirement("service.total").have())
                .isEqualByComparingTo("54.00");
        assertThat(full).isEqualTo(empty);
        assertThat(full).isLessThanOrEqualTo(20);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /**
     * A catalog version's goals are written once and never change: the goals page after the first
     * reads none, and the plan page, which asks which versions are newest, takes no more statements.
     */
    @Test
    void aCatalogVersionsGoalsAreReadOnce() throws Exception {
        var candidate = signIn(fresh.alis().username(), FreshCandidates.PASSWORD);
        pageQueries(candidate, "/goals");
        int firstPlan = pageQueries(candidate, "/plan");

        PREPARED.clear();
        pageQueries(candidate, "/goals");

        assertThat(PREPARED).isNotEmpty().noneMatch(sql -> sql.contains("learning_goal"));
        assertThat(pageQueries(candidate, "/plan")).isLessThanOrEqualTo(firstPlan);
    }

    /**
     * The approver's queue reads her own rows of the queue table (V48), and does not ask which
     * organisations want a veileder's written justification: she is no one's veileder (whether a
     * veileder is asked is {@code VeilederJustificationTest}'s).
     */
    @Test
    void anApproversQueueReadsHerRowsAndAsksNothingMeantForVeileders() throws Exception {
        var approver = signIn("tone.haugland", "demo");

        PREPARED.clear();
        pageQueries(approver, "/approvals");

        assertThat(PREPARED).anyMatch(sql -> sql.contains("assessment_queue"))
                .anyMatch(sql -> sql.contains("from goal_assessment_event"))
                .noneMatch(sql -> sql.contains("veileder_justification_required"));
    }

    @Autowired
    no.veiviser.guidance.GuidanceSessions guidance;

    /** Her list, the veileder's list with "mine kandidater", and her sessions as others see them. */
    @Test
    void theGuidancePagesTakeAsManyQueriesForThirtySessionsAsForOne() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        Actor kari = fresh.actor("kari.nordby");
        var candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        var veileder = signIn("kari.nordby", "demo");
        List<String> pages = List.of("/guidance", "/candidates/" + alis.id() + "/guidance");
        heldSessions(alis.id(), kari, 1);
        List<Integer> one = List.of(pageQueries(candidate, pages.get(0)), pageQueries(veileder, pages.get(0)),
                pageQueries(veileder, pages.get(1)));

        heldSessions(alis.id(), kari, 30);
        List<Integer> thirty = List.of(pageQueries(candidate, pages.get(0)), pageQueries(veileder, pages.get(0)),
                pageQueries(veileder, pages.get(1)));

        assertThat(guidance.held(alis.id())).hasSize(31);
        assertThat(one).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(thirty).isEqualTo(one);
    }

    /**
     * A department head's candidates come fifty at a time, by name, chosen and counted in the
     * database: the page takes as many statements with 120 candidates as with 60. Before, all of
     * them were loaded and listed (2,000 in one municipality at national size).
     */
    @Test
    void theDepartmentHeadsCandidatesComeAPageAtATime() throws Exception {
        UUID organisation = organisations.create("Sidetest kommune " + UUID.randomUUID().toString().substring(0, 8), null,
                no.veiviser.organisation.OrganisationKind.MUNICIPALITY, Actor.system()).id();
        UUID head = people.register(new NewPerson("Hege", "Avdelingsleder", null, Profession.PHYSICIAN, null), Actor.system()).id();
        String username = "sidetest." + UUID.randomUUID().toString().substring(0, 8);
        people.createLocalAccount(head, username, FreshCandidates.PASSWORD, Actor.system());
        people.grantRole(head, organisation, Role.DEPARTMENT_HEAD, Actor.system());
        enrolCandidates(organisation, 1, 60);
        var session = signIn(username, FreshCandidates.PASSWORD);

        int sixty = pageQueries(session, "/candidates");
        String first = page(session, "/candidates");
        assertThat(first).contains("Kandidatene du har ansvar for (60)", "Viser 1–50 av 60", "Neste side")
                .contains("Kandidat Sidetest001").contains("Kandidat Sidetest050").doesNotContain("Kandidat Sidetest051");
        assertThat(page(session, "/candidates?page=2")).contains("Viser 51–60 av 60", "Forrige side", "Kandidat Sidetest060")
                .doesNotContain("Kandidat Sidetest050").doesNotContain("Neste side");
        assertThat(page(session, "/candidates?name=sidetest059")).contains("Kandidatene du har ansvar for (1)",
                "Kandidat Sidetest059").doesNotContain("Kandidat Sidetest058");
        assertThat(page(session, "/candidates?name=%25")).contains("Ingen kandidater har et navn som passer søket.");
        assertThat(page(session, "/candidates?page=tull")).contains("Viser 1–50 av 60");

        enrolCandidates(organisation, 61, 120);
        assertThat(pageQueries(session, "/candidates")).isEqualTo(sixty);
        assertThat(page(session, "/candidates")).contains("Viser 1–50 av 120");
    }

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    /**
     * The pages that take more than {@link #BUDGET} statements, with their number; why each needs
     * them is in docs/performance.md. A page's number must not grow with the data.
     */
    static final java.util.Map<String, Integer> OVER_BUDGET = java.util.Map.ofEntries(
            java.util.Map.entry("/candidates/{id}/readiness", 20),
            java.util.Map.entry("/activities/{id}", 22),
            java.util.Map.entry("/progress", 18),
            java.util.Map.entry("/plan", 18),
            java.util.Map.entry("/guidance/sessions/{id}", 16),
            java.util.Map.entry("/candidates/{id}/catalogs/transition", 16),
            java.util.Map.entry("/candidates/{id}", 16),
            java.util.Map.entry("/admin/catalogs", 16),
            java.util.Map.entry("/candidates/{id}/guidance", 15),
            java.util.Map.entry("/candidates/{id}/portfolio", 13),
            java.util.Map.entry("/guidance", 12),
            java.util.Map.entry("/candidates/{id}/service", 9),
            java.util.Map.entry("/candidates", 9),
            java.util.Map.entry("/candidates/{id}/catalogs", 11),
            java.util.Map.entry("/assessments/{id}", 10),
            java.util.Map.entry("/activities/course-certificate", 10),
            java.util.Map.entry("/admin/organisation", 9));

    /** Statements a page may take. */
    static final int BUDGET = 8;

    /** Tables at least this large must never be read whole by a page. */
    static final long LARGE = 10_000;

    /**
     * Every page reached by everyone in the demo and by the people of the largest generated
     * organisation (five-year records; 16 candidates with 80 goals waiting for the approver) takes no
     * more statements than its budget, and no page reads a large table from end to end: with
     * sequential scans priced out, the database's own count of them on the generated tables does
     * not move while the pages are crawled, so every query has an index to go by. (The counts are
     * published within a second of a statement and at most ten seconds later, hence the waits.)
     */
    @Test
    void everyPageStaysWithinItsStatementBudgetAndScansNoLargeTable() throws Exception {
        GeneratedVolumes.ensure(flyway, encoder);
        Thread.sleep(11_000);
        java.util.Map<String, Long> scansBefore = sequentialScansOfLargeTables();
        java.util.Map<String, Integer> most = new java.util.TreeMap<>();
        java.util.Map<String, String> where = new java.util.HashMap<>();
        sequentialScansPricedOut = true;
        try {
            crawl(most, where);
        } finally {
            sequentialScansPricedOut = false;
        }
        Thread.sleep(11_000);
        java.util.Map<String, Long> scansAfter = sequentialScansOfLargeTables();

        assertThat(most).hasSizeGreaterThan(30);
        assertThat(most).allSatisfy((kind, count) ->
                assertThat(count).as(where.get(kind)).isLessThanOrEqualTo(OVER_BUDGET.getOrDefault(kind, BUDGET)));
        assertThat(scansBefore).containsKeys("service_record", "learning_activity", "signature_request",
                "goal_assessment", "goal_assessment_event", "guidance_session");
        assertThat(scansAfter).as("sequential scans of tables over %d rows", LARGE).isEqualTo(scansBefore);
    }

    /** The most statements each kind of page took, for everyone in the demo and the largest generated organisation. */
    private void crawl(java.util.Map<String, Integer> most, java.util.Map<String, String> where) throws Exception {
        List<String> users = new java.util.ArrayList<>(no.veiviser.web.EveryPageTest.PEOPLE);
        users.addAll(List.of(GeneratedVolumes.CANDIDATE, GeneratedVolumes.VEILEDER, "gen.001.veileder.2",
                GeneratedVolumes.APPROVER, GeneratedVolumes.DEPARTMENT_HEAD));
        for (String username : users) {
            var session = signIn(username, "demo");
            no.veiviser.web.PageCrawler.reachable(path -> {
                STATEMENTS.set(0);
                var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .session(session)).andReturn().getResponse();
                String kind = no.veiviser.web.PageCrawler.kind(path);
                if (STATEMENTS.get() > most.getOrDefault(kind, -1)) {
                    most.put(kind, STATEMENTS.get());
                    where.put(kind, username + " " + path);
                }
                return new no.veiviser.web.PageCrawler.Fetched(response.getStatus(), response.getContentType(),
                        response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            });
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private java.util.Map<String, Long> sequentialScansOfLargeTables() {
        java.util.Map<String, Long> scans = new java.util.TreeMap<>();
        jdbc.sql("select relname, seq_scan from pg_stat_user_tables where n_live_tup >= :large")
                .param("large", LARGE)
                .query((rs, row) -> scans.put(rs.getString("relname"), rs.getLong("seq_scan"))).list();
        return scans;
    }

    private void enrolCandidates(UUID organisation, int from, int to) {
        for (int number = from; number <= to; number++) {
            UUID candidate = people.register(new NewPerson("Kandidat", String.format("Sidetest%03d", number), null,
                    Profession.PHYSICIAN, null), Actor.system()).id();
            people.grantRole(candidate, organisation, Role.CANDIDATE, Actor.system());
            enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisation, ProgrammeType.ALIS, Scheme.NEW,
                    LocalDate.of(2026, 9, 1), null, null, BigDecimal.valueOf(100), null, null), Actor.system());
        }
    }

    private String page(org.springframework.mock.web.MockHttpSession session, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).session(session))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void heldSessions(UUID candidateId, Actor veileder, int count) {
        int already = guidance.held(candidateId).size();
        for (int index = already; index < already + count; index++) {
            var session = guidance.plan(veileder, new no.veiviser.guidance.NewSession(candidateId,
                    LocalDate.of(2026, 9, 1).plusDays(index), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0),
                    no.veiviser.guidance.SessionMode.IN_PERSON, null));
            guidance.finalise(veileder, session.id());
        }
    }

    private org.springframework.mock.web.MockHttpSession signIn(String username, String password) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username).password(password)).andReturn().getRequest().getSession(false);
    }

    private int pageQueries(org.springframework.mock.web.MockHttpSession session, String path) throws Exception {
        STATEMENTS.set(0);
        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .session(session)).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isEqualTo(200);
        return STATEMENTS.get();
    }

    private int queriesFor(UUID candidate) {
        STATEMENTS.set(0);
        overviews.of(candidate);
        return STATEMENTS.get();
    }

    private int readinessQueries(Actor viewer) {
        STATEMENTS.set(0);
        readiness.of(viewer, viewer.personId());
        return STATEMENTS.get();
    }

    private static Actor person(UUID id, UUID organisation, Role role) {
        return new Actor(id, organisation, Set.of(role));
    }
}
