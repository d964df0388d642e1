package no.veiviser.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo plan says what the Drammen plan says: the expected rows are read from the domain data
 * (demo/arena_goals.csv, catalog/courses.csv, copied unchanged from the sources).
 */
@IntegrationTest
class GeneralPlanTest {

    @Autowired
    MockMvc mvc;

    private MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("sindre.holm").password("demo")).andReturn().getRequest().getSession(false);
    }

    @Test
    void thePlanShowsTheSevenArenasWithTheirGoalTables() throws Exception {
        String html = planPage();
        for (String arena : List.of("Fastlegekontor", "Legevakt", "Sykehjem og KAD", "Helsestasjon/Migrasjon/Rus",
                "Smittevernkontoret", "Drammen helsehus", "Lokale møtearenaer (ALU, LSU og tilsvarende)")) {
            assertThat(html).contains("\">" + arena + "</h3>");
        }
        assertThat(count(html, "<article class=\"vv-arena")).isEqualTo(7);
    }

    @Test
    void legevaktOffersAlm040WithFortyShiftsOfSixHours() throws Exception {
        CSVRecord source = arenaGoal("Legevakt", "ALM-040");
        assertThat(source.get("activity_in_arena")).contains("Minimum 40 legevakter").contains("minst 6 timers varighet");
        String legevakt = arenaSection(planPage(), "Legevakt");
        assertThat(legevakt).contains("ALM-040").contains(source.get("activity_in_arena"));
    }

    /** The plan's figures come from the ALIS rule set in force (docs/rules), not from the text. */
    @Test
    void theProgrammeSectionTakesItsFiguresFromTheRules() throws Exception {
        String html = planPage();
        assertThat(html).contains("tar minst 60 måneders tellende tjeneste. Minst 24 måneder skal være i åpen "
                + "uselektert praksis og minst 6 måneder i institusjonstjeneste")
                .contains("Det kreves 40 legevakter").contains("veiledningsgruppe i 24 måneder (120 timer)")
                .contains("i gjennomsnitt minst 42 timer i året i den tid kandidaten har praktisk tjeneste i kommunen");
    }

    @Test
    void everyGoalRowOfTheSourceIsInItsArenaTable() throws Exception {
        String html = planPage();
        for (CSVRecord row : read("demo/arena_goals.csv")) {
            if (row.get("goal_code").startsWith("ALM")) {
                assertThat(arenaSection(html, row.get("arena"))).as(row.get("arena") + " " + row.get("goal_code"))
                        .contains(">" + row.get("goal_code") + "</span>");
            }
        }
        assertThat(arenaSection(html, "Fastlegekontor")).contains("Alle læringsmål i Felles kompetansemål, del 2–3 (FKM) kan oppnås her.");
    }

    @Test
    void grunnkursACoversNineteenAlmGoals() throws Exception {
        CSVRecord source = read("catalog/courses.csv").stream()
                .filter(row -> row.get("navn").startsWith("Grunnkurs A")).findFirst().orElseThrow();
        List<String> goals = List.of(source.get("læringsmål").split(" "));
        assertThat(goals).hasSize(19);
        String courseTable = planPage().split("id=\"course-table\"")[1].split("</table>")[0];
        assertThat(courseTable).contains(source.get("navn")).contains(String.join(", ", goals) + " (19 læringsmål)");
    }

    @Test
    void goalsShowTheRegulationsWordingAndNameTheirSource() throws Exception {
        String page = planPage();
        String fastlegekontor = arenaSection(page, "Fastlegekontor");
        assertThat(fastlegekontor).contains("ALM-001</span> Selvstendig kunne sikre faglig forsvarlighet av egen, klinisk praksis.");
        assertThat(fastlegekontor).contains("ALM-003</span> Selvstendig kunne reflektere over hvordan egen rolle som lege "
                + "påvirker lokalsamfunnet og blir påvirket av lokalsamfunnet.");
        assertThat(page).contains("Inneholder data under NLOD 2.0 tilgjengeliggjort av Lovdata");
    }

    @Test
    void thePdfIsATaggedDocumentWithEmbeddedFontsAndPageNumbers() throws Exception {
        byte[] pdf = mvc.perform(get("/plan.pdf").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"utdanningsplan-drammen-kommune.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Generell utdanningsplan – Drammen kommune");
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Legevakt").contains("ALM-040")
                    .contains("Minimum 40 legevakter utenom kontorets åpningstider")
                    .contains("Grunnkurs A - Allmennlegen og fastlegekontoret")
                    .contains("1 / " + document.getNumberOfPages())
                    .as("the administrator's to-do is not part of the plan").doesNotContain("tilbys ikke av noen læringsarena")
                    .doesNotContain("Alle læringsmål i katalogene i bruk tilbys");
        }
    }

    @Test
    void theCoverageCheckIsTheAdministratorsToDoNotPartOfThePublicPlan() throws Exception {
        assertThat(planPage()).doesNotContain("id=\"coverage\"");
        MockHttpSession admin = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("admin").password("demo")).andReturn().getRequest().getSession(false);
        assertThat(mvc.perform(get("/plan").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"coverage\"");
    }

    private String planPage() throws Exception {
        return mvc.perform(get("/plan").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The HTML of one arena's article in the plan. */
    static String arenaSection(String html, String arena) {
        Matcher matcher = Pattern.compile("<article class=\"vv-arena[^>]*>\\s*<h3[^>]*>" + Pattern.quote(arena)
                + "</h3>(.*?)</article>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("arena " + arena + " in the plan").isTrue();
        return matcher.group(1);
    }

    private static CSVRecord arenaGoal(String arena, String goalCode) throws Exception {
        return read("demo/arena_goals.csv").stream()
                .filter(row -> row.get("arena").equals(arena) && row.get("goal_code").equals(goalCode))
                .findFirst().orElseThrow();
    }

    static List<CSVRecord> read(String resource) throws Exception {
        try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
