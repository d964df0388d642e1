package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** Each person sees the candidates she is related to today; a department head sees her organisation's. */
@IntegrationTest
class CandidatesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The list comes fifty to a page (the tests' fresh candidates add to Kari's), so each is found by name. */
    @Test
    void aVeilederSeesHerCandidatesAndNoOthers() throws Exception {
        MockHttpSession kari = signIn("kari.nordby");
        for (String name : new String[] {"Nora Eide", "Ole Brekke", "Aisha Rahman", "Thea Lund", "Sara Johansen"}) {
            assertThat(page(kari, name)).contains(">" + name + "</a></th>");
        }
        assertThat(page(kari, "Nora Eide")).containsPattern("href=\"/candidates/[0-9a-f-]{36}/portfolio\">Nora Eide</a>");
        for (String name : new String[] {"Sindre Holm", "Emma Vik", "Jonas Berg"}) {
            assertThat(page(kari, name)).doesNotContain(name + "</a>")
                    .contains("Ingen kandidater har et navn som passer søket.");
        }
    }

    @Test
    void theApproverSeesEveryCandidateSheApprovesFor() throws Exception {
        MockHttpSession tone = signIn("tone.haugland");
        for (String name : new String[] {"Nora Eide", "Sindre Holm", "Emma Vik", "Ole Brekke", "Aisha Rahman",
            "Jonas Berg", "Thea Lund", "Mathias Nilsen", "Sara Johansen", "Henrik Pedersen", "Marte Ruud"}) {
            assertThat(page(tone, name)).contains(">" + name + "</a></th>");
        }
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password("demo")).andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String name) throws Exception {
        return mvc.perform(get("/candidates").param("name", name).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aVeilederWhoseExemptionEndsWithinSixtyDaysIsFlagged() throws Exception {
        LocalDate ends = LocalDate.now(clock).plusDays(45);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nb")).format(ends);
        String page = candidatesPageOf("maria.solheim");
        assertThat(page).contains(">Emma Vik</a></th>")
                .containsPattern("<td>1 av \\d+</td>")
                .contains("Veilederens fritak fra spesialistkravet går ut " + date + ", om 45 dager.");
    }

    @Test
    void theDepartmentHeadSeesTheWholeMunicipality() throws Exception {
        // He is also deputy approver of other tests' candidates in other organisations: found by name.
        assertThat(candidatesPageOf("eirik.strand", "Nora Eide")).contains(">Nora Eide</a></th>", "Avdelingsleder");
        assertThat(candidatesPageOf("eirik.strand", "Henrik Pedersen")).contains(">Henrik Pedersen</a></th>");
    }

    /** The veileder follows her candidate's name to her goals and activities, read-only; the read is logged. */
    @Test
    void aVeilederOpensHerCandidatesGoalsAndActivities() throws Exception {
        String list = candidatesPageOf("maria.solheim");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/candidates/[0-9a-f-]{36}/portfolio)\">Emma Vik")
                .matcher(list);
        assertThat(link.find()).isTrue();
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("maria.solheim").password("demo")).andReturn().getRequest().getSession(false);
        String page = mvc.perform(get(link.group(1)).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Læringsmål og aktiviteter – Emma Vik")
                .contains("Felleskonsultasjon med supervisør: eldre pasient med akutt forvirring")
                .contains("Refleksjonsnotat om svangerskapsomsorg")
                .doesNotContain("method=\"post\" action=\"/goals");
        assertThat(jdbc.sql("select count(*) from access_log where reader_id = (select id from person where given_name = 'Maria')"
                        + " and part = 'READ_PORTFOLIO'").query(Long.class).single()).isPositive();
    }

    /** A supervisor has "Kandidater" in her menu: she sees whom she supervises, not their goals or records. */
    @Test
    void aSupervisorSeesWhomSheSupervisesWithoutTheirRecords() throws Exception {
        String page = candidatesPageOf("line.moen");
        assertThat(page).contains(">Nora Eide</th>", ">Sindre Holm</th>").as("Sindre: she leads his guidance group")
                .doesNotContain("/portfolio").doesNotContain("/readiness").doesNotContain("Emma Vik");
    }

    private String candidatesPageOf(String username) throws Exception {
        return candidatesPageOf(username, null);
    }

    private String candidatesPageOf(String username, String name) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password("demo")).andReturn().getRequest().getSession(false);
        var request = get("/candidates").session(session);
        return mvc.perform(name == null ? request : request.param("name", name)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
