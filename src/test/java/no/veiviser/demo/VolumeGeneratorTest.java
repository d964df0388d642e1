package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.GeneratedVolumes;
import no.veiviser.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code generate} fills the database with national volumes through the real schema, and the long
 * lists it makes come a page at a time. Expected numbers by hand for 20 organisations, 200
 * candidates and 16 in the largest: the other 184 spread over 19 organisations are 9 each with 13
 * left over, so organisations 2–14 have 10 and 15–20 have 9.
 */
@IntegrationTest
class VolumeGeneratorTest {

    @Autowired
    Flyway flyway;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void generated() {
        GeneratedVolumes.ensure(flyway, encoder);
    }

    @Test
    void theGeneratorWritesTheNationalShapeThroughTheSchema() {
        assertThat(count("select count(*) from education_organisation where created_by = 'generator'")).isEqualTo(20);
        assertThat(count("""
                select count(*) from enrolment e join education_organisation o on o.id = e.organisation_id
                 where o.name = 'Generert kommune 001'""")).isEqualTo(16);
        assertThat(count("""
                select count(*) from enrolment e join education_organisation o on o.id = e.organisation_id
                 where o.name in ('Generert kommune 014', 'Generert kommune 015')""")).isEqualTo(10 + 9);
        // Staff: the largest has a leader, an approver and (16 - 1) / 5 + 1 = 4 veiledere; the others 2 + 2.
        assertThat(count("select count(*) from person where created_by = 'generator'")).isEqualTo(200 + 6 + 19 * 4);
        assertThat(count("select count(*) from learning_activity where created_by = 'generator'")).isEqualTo(200 * 300);
        // One request each, and one in twenty had an earlier one withdrawn; the last five wait.
        assertThat(count("select count(*) from signature_request where created_by = 'generator'")).isEqualTo(60_000 + 3_000);
        assertThat(count("select count(*) from signature_request where created_by = 'generator' and decision is null"))
                .isEqualTo(200 * 5);
        // 88 ALM and 8 FKM goals; of positions 0–95, 60 have n % 20 < 12 (approved, 4 events) and 5 are
        // submitted (2 events).
        assertThat(count("select count(*) from goal_assessment where created_by = 'generator'")).isEqualTo(200 * 96);
        assertThat(count("select count(*) from goal_assessment where created_by = 'generator' and status = 'SUBMITTED'"))
                .isEqualTo(200 * 5);
        assertThat(count("select count(*) from goal_assessment_event where created_by = 'generator'"))
                .isEqualTo(200 * (60 * 4 + 5 * 2));
        assertThat(count("select count(*) from service_record where created_by = 'generator' and kind = 'PERIOD'"))
                .isEqualTo(200 * 3);
        assertThat(GeneratedVolumes.ensure(flyway, encoder)).contains("Trinn 1 av", "Vacuum av tabellene", "Ferdig på");
        assertThat(count("select relallvisible from pg_class where relname = 'learning_activity'"))
                .as("pages marked all-visible by the generator's vacuum").isPositive();
    }

    @Test
    void itRefusesToFillADatabaseTwiceAndSaysHowToUseIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(VolumeGenerator.run(flyway.getConfiguration().getDataSource(), "x", new String[0], out, errors)).isEqualTo(1);
        assertThat(VolumeGenerator.run(flyway.getConfiguration().getDataSource(), "x",
                new String[] {"--candidates", "mange"}, out, errors)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("allerede fylt av generatoren",
                "--candidates må være et heltall, ikke «mange».", "Bruk: java -jar veiviser.jar generate");
        assertThat(count("select count(*) from education_organisation where created_by = 'generator'")).isEqualTo(20);
    }

    /** 16 candidates with 5 submitted goals each: 80 wait for the approver of the largest. */
    @Test
    void theApproversEightyWaitingGoalsComeTwentyToAPage() throws Exception {
        MockHttpSession approver = signIn(GeneratedVolumes.APPROVER);

        assertThat(page(approver, "/approvals")).contains("Viser 1–20 av 80", "Neste side").doesNotContain("Forrige side");
        assertThat(page(approver, "/approvals?page=4")).contains("Viser 61–80 av 80", "Forrige side")
                .doesNotContain("Neste side");
        MockHttpServletResponse api = api(GeneratedVolumes.APPROVER, "/api/v1/approvals");
        assertThat(api.getHeader("X-Total-Count")).isEqualTo("80");
        assertThat(api.getHeader("Link")).isNull();
    }

    /** Her veileder has recommended what she submitted; her supervisor (the second veileder) has not. */
    @Test
    void theSupervisorsQueueHoldsOnlyWhatHeHasNotAnswered() throws Exception {
        assertThat(api(GeneratedVolumes.VEILEDER, "/api/v1/recommendations").getHeader("X-Total-Count")).isEqualTo("0");
        assertThat(api("gen.001.veileder.2", "/api/v1/recommendations").getHeader("X-Total-Count")).isEqualTo("25");
    }

    @Test
    void aFiveYearRecordOfThreeHundredActivitiesComesAPageAtATime() throws Exception {
        MockHttpSession candidate = signIn(GeneratedVolumes.CANDIDATE);

        assertThat(page(candidate, "/activities")).contains("Viser 1–50 av 300", "Faglig møte på legekontoret nr. 300")
                .doesNotContain("nr. 250<");
        assertThat(page(candidate, "/activities?page=6")).contains("Viser 251–300 av 300", "Felleskonsultasjon med supervisør nr. 1<");
        assertThat(page(candidate, "/activities?page=7")).contains("Viser 1–50 av 300");
        MockHttpServletResponse api = api(GeneratedVolumes.CANDIDATE, "/api/v1/activities?page=2");
        assertThat(api.getHeader("X-Total-Count")).isEqualTo("300");
        assertThat(api.getHeader("Link")).isEqualTo(
                "</api/v1/activities?page=1>; rel=\"prev\", </api/v1/activities?page=3>; rel=\"next\"");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("nr. 200\"").doesNotContain("nr. 201\"");
    }

    @Test
    void theDepartmentHeadOfTheLargestSeesHerSixteen() throws Exception {
        assertThat(page(signIn(GeneratedVolumes.DEPARTMENT_HEAD), "/candidates")).contains("Kandidatene du har ansvar for (16)");
        assertThat(api(GeneratedVolumes.DEPARTMENT_HEAD, "/api/v1/candidates").getHeader("X-Total-Count")).isEqualTo("16");
    }

    @Test
    void theApproverReadsAFiveYearPortfolioFiftyActivitiesAtATime() throws Exception {
        MockHttpSession approver = signIn(GeneratedVolumes.APPROVER);
        String portfolio = "/candidates/" + person(GeneratedVolumes.CANDIDATE) + "/portfolio";

        assertThat(page(approver, portfolio)).contains("Læringsaktiviteter (300)", "Viser 1–50 av 300",
                "Faglig møte på legekontoret nr. 300").doesNotContain("nr. 250<");
        assertThat(page(approver, portfolio + "?page=6")).contains("Viser 251–300 av 300",
                "Felleskonsultasjon med supervisør nr. 1<", "href=\"" + portfolio + "?page=5\"");
    }

    /** The department head adds a member by choosing from her candidates, or from those her search finds. */
    @Test
    void theDepartmentHeadFindsAGroupMemberAmongHerCandidates() throws Exception {
        MockHttpSession head = signIn(GeneratedVolumes.DEPARTMENT_HEAD);
        String group = mvc.perform(post("/guidance/groups").session(head).with(csrf())
                .param("name", "Veiledningsgruppe 1").param("organiser", "Legeforeningen")).andReturn()
                .getResponse().getRedirectedUrl();

        String all = page(head, group);
        assertThat(all).doesNotContain("id=\"member-search\"");
        assertThat(options(all)).hasSize(16);

        String name = jdbc.sql("select given_name || ' ' || family_name from person p join account a on a.person_id = p.id"
                + " where a.username = ?").param(GeneratedVolumes.CANDIDATE).query(String.class).single();
        String found = mvc.perform(get(group).param("member", name.toLowerCase()).session(head)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains("id=\"member-search\"", "value=\"" + name.toLowerCase() + "\"");
        assertThat(options(found)).contains(name).allMatch(option -> option.equals(name));
        assertThat(found).contains(options(found).size() == 1 ? "1 kandidat passer." : options(found).size() + " kandidater passer.");

        String none = page(head, group + "?member=ukjent");
        assertThat(none).contains("Ingen kandidater passer.").doesNotContain("id=\"candidateId\"");
    }

    /** The names offered in the member select. */
    private static java.util.List<String> options(String page) {
        return texts(page, "id=\"candidateId\"", "</select>", "<option value=\"[^\"]*\">([^<]*)</option>");
    }

    /** What the pattern's group matches, in order, between two markers of the page. */
    private static java.util.List<String> texts(String page, String from, String to, String pattern) {
        String part = page.substring(page.indexOf(from));
        java.util.regex.Matcher matches = java.util.regex.Pattern.compile(pattern).matcher(part.substring(0, part.indexOf(to)));
        java.util.List<String> found = new java.util.ArrayList<>();
        while (matches.find()) {
            found.add(matches.group(1));
        }
        return found;
    }

    /**
     * A shift every fifth day: 73 in any year of 365 days. The page opens at the year of her newest
     * shift, which in the first days of January is still last year.
     */
    @Test
    void aFiveYearRecordsShiftsComeAYearAtATime() throws Exception {
        MockHttpSession candidate = signIn(GeneratedVolumes.CANDIDATE);
        UUID candidateId = person(GeneratedVolumes.CANDIDATE);
        int newest = shiftYear("max", candidateId, "");

        String latest = page(candidate, "/service");
        assertThat(latest).contains("Legevakter i " + newest, "2023: 73 vakter")
                .containsPattern("aria-current=\"page\">" + newest + ": \\d+ vakter");
        assertThat(shiftRows(latest)).isNotEmpty().allMatch(start -> start.contains(" " + newest));

        String year2023 = page(candidate, "/service?shiftYear=2023");
        assertThat(year2023).contains("Legevakter i 2023");
        assertThat(shiftRows(year2023)).hasSize(73).allMatch(start -> start.contains(" 2023"));
        assertThat(page(candidate, "/service?shiftYear=tjue")).as("a year that cannot be read shows the latest")
                .contains("Legevakter i " + newest);

        int oldestAwaiting = shiftYear("min", candidateId, "and r.status = 'REPORTED'");
        assertThat(page(signIn(GeneratedVolumes.DEPARTMENT_HEAD), "/candidates/" + candidateId + "/service"))
                .as("the department head starts where her decisions wait").contains("Legevakter i " + oldestAwaiting);
    }

    private int shiftYear(String minOrMax, UUID candidateId, String condition) {
        return jdbc.sql("""
                select extract(year from %s(r.shift_start))::int from service_record r
                  join enrolment e on e.id = r.enrolment_id
                 where e.candidate_id = ? and r.kind = 'ON_CALL_SHIFT' %s""".formatted(minOrMax, condition))
                .param(candidateId).query(Integer.class).single();
    }

    /** Hundreds of counted shifts: twenty on the readiness page, and all when asked for. */
    @Test
    void theReadinessPageShowsTwentyCountedShiftsUntilAllAreAskedFor() throws Exception {
        MockHttpSession candidate = signIn(GeneratedVolumes.CANDIDATE);
        String requirement = "onCall.qualifyingShifts";

        String first = traceOf(page(candidate, "/progress"), requirement);
        assertThat(first).doesNotContain("<details class=\"ds-details\" open");
        assertThat(first.split("<li>", -1)).hasSize(21);
        java.util.regex.Matcher all = java.util.regex.Pattern.compile("Vis alle (\\d+)").matcher(first);
        assertThat(all.find()).isTrue();
        assertThat(first).contains("href=\"/progress?trace=" + requirement + "#requirement-" + requirement + "\"");

        String whole = traceOf(page(candidate, "/progress?trace=" + requirement), requirement);
        assertThat(whole).contains("<details class=\"ds-details\" open").doesNotContain("Vis alle");
        assertThat(whole.split("<li>", -1)).hasSize(Integer.parseInt(all.group(1)) + 1);
    }

    private static String traceOf(String page, String requirement) {
        int start = page.indexOf("id=\"requirement-" + requirement + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** When each shift in the page's table began. */
    private static java.util.List<String> shiftRows(String page) {
        return texts(page, "<caption>Legevakter i", "</tbody>", "<th scope=\"row\">([^<]*)</th>");
    }

    private UUID person(String username) {
        return jdbc.sql("select person_id from account where username = ?").param(username).query(UUID.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(GeneratedVolumes.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse api(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(username, GeneratedVolumes.PASSWORD)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }
}
