package no.veiviser.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The goal catalogs Veiviser ships are spesialistforskriften vedlegg 2 as Lovdata publishes it
 * (NLOD 2.0): every goal with its official wording and theme, in dated versions, and every LIS1 gets
 * the municipal part-1 catalogs. The expected texts below are copied from the regulation.
 */
@IntegrationTest
class OfficialCatalogsTest {

    private static final String ALM_055 = "Ha en godt utviklet samhandlingskompetanse ved å kjenne rammebetingelser, "
            + "arbeidsmåter og prosedyrer fra en eller flere godkjente utdanningsinstitusjoner innen primær- eller "
            + "spesialisthelsetjenesten.";
    private static final String ATTRIBUTION = "Inneholder data under NLOD 2.0 tilgjengeliggjort av Lovdata";

    @Autowired
    MockMvc mvc;

    @Autowired
    GoalCatalogs catalogs;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCatalogHasTheRegulationsGoalsInDatedVersions() {
        assertThat(official(CatalogCode.ALM)).hasSize(88);
        assertThat(official(CatalogCode.SAM)).hasSize(45);
        assertThat(official(CatalogCode.KLK)).hasSize(40);
        assertThat(official(CatalogCode.FKM)).extracting(LearningGoal::code)
                .containsExactly("FKM-001", "FKM-002", "FKM-003", "FKM-004", "FKM-005", "FKM-006", "FKM-007",
                        "FKM-008", "FKM-009", "FKM-010", "FKM-011", "FKM-012", "FKM-013", "FKM-014");
        assertThat(official(CatalogCode.FKMK)).extracting(LearningGoal::code)
                .containsExactly("FKMK-001", "FKMK-002", "FKMK-003", "FKMK-004", "FKMK-005", "FKMK-006", "FKMK-007",
                        "FKMK-008");
        assertThat(catalogs.inForceOn(CatalogCode.FKMK, LocalDate.of(2024, 9, 1)).map(catalogs::goalsOf).orElseThrow())
                .as("the old part-1 plan (LM) for LIS1 who started before 1 September 2025").hasSize(50)
                .allSatisfy(goal -> assertThat(goal.code()).startsWith("LM-"));

        assertThat(catalogs.inForceOn(CatalogCode.FKM, LocalDate.of(2026, 2, 28)).orElseThrow().validTo())
                .as("the old FKM for parts 2–3 was repealed on 1 March 2026").isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(catalogs.inForceOn(CatalogCode.FKM, LocalDate.of(2026, 3, 1)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(catalogs.inForceOn(CatalogCode.FKMK, LocalDate.of(2025, 9, 1)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2025, 9, 1));

        LearningGoal alm055 = official(CatalogCode.ALM).stream().filter(goal -> goal.code().equals("ALM-055"))
                .findFirst().orElseThrow();
        assertThat(alm055.title()).isEqualTo(ALM_055);
        assertThat(alm055.theme()).isEqualTo("21.4 Kommunikasjon og samhandling");
        assertThat(official(CatalogCode.ALM)).allSatisfy(goal -> assertThat(goal.hasTitle()).isTrue());
    }

    @Test
    void theCatalogPageShowsTheOfficialTextUnderItsThemeWithTheWordingsLevelAndTheSource() throws Exception {
        String page = page(session("nora.eide", "demo"), "/catalog?catalog=ALM");

        assertThat(page).contains(">21.4 Kommunikasjon og samhandling</h3>");
        String theme = page.substring(page.indexOf(">21.4 Kommunikasjon og samhandling</h3>"),
                page.indexOf(">21.5 Medisinsk kompetanse</h3>"));
        assertThat(theme).contains("ALM-055").contains(ALM_055);
        assertThat(page).contains("Selvstendig kunne sikre faglig forsvarlighet av egen, klinisk praksis.")
                .contains("Ordlyden «Selvstendig kunne» angir høyeste nivå.")
                .contains(ATTRIBUTION)
                .doesNotContain("kompetansenivå");
        assertThat(page(session("nora.eide", "demo"), "/catalog?catalog=FKM&version=1"))
                .contains("Versjon 1, gyldig fra 1. mars 2019 til og med 28. februar 2026");
    }

    @Test
    void theGoalsPageGroupsByThemeAndNamesItsSource() throws Exception {
        String page = page(session("nora.eide", "demo"), "/goals");

        assertThat(page).contains("<th scope=\"colgroup\" colspan=\"4\">21.3 Allmennmedisinsk metode</th>")
                .contains(ATTRIBUTION);
    }

    @Test
    void everyDemoLis1HasTheMunicipalPartOneCatalogs() throws Exception {
        String page = page(session("aisha.rahman", "demo"), "/goals");

        assertThat(page).contains("LIS1 i kommunen, kliniske læringsmål (KLK)").contains("0 av 40 læringsmål er godkjent")
                .contains("LIS1 i kommunen, felles kompetansemål (FKMK)").contains("0 av 8 læringsmål er godkjent")
                .contains("KLK-001");
    }

    @Test
    void aDepartmentHeadAssignsACatalogTheCandidateLacksOnceAndOnlyAVersionInForce() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        jdbc.sql("""
                update enrolment_catalog set ended_at = now(), ended_by = 'test: an installation before FKM was bundled'
                 where enrolment_id in (select id from enrolment where candidate_id = ?)
                   and catalog_version_id in (select id from goal_catalog_version where catalog = 'FKM')""")
                .param(alis.id()).update();
        MockHttpSession head = session(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        String path = "/candidates/" + alis.id() + "/catalogs";
        UUID repealed = version(CatalogCode.FKM, 1);
        UUID current = version(CatalogCode.FKM, 2);

        String before = page(head, path);
        assertThat(before).contains("Kandidaten har ingen versjon av denne katalogen.")
                .contains("value=\"" + current + "\"").doesNotContain("value=\"" + repealed + "\"");

        assertThat(assign(head, path, repealed)).contains("Denne versjonen gjelder ikke lenger og kan ikke tildeles.");
        assertThat(assign(head, path, current)).contains("Katalogen er tildelt.").contains("Versjon 2, gyldig fra 1. mars 2026.");
        assertThat(assign(head, path, current)).contains("Kandidaten har allerede versjon 2 av denne katalogen.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'enrolment.catalogAssigned' and subject_id = ?")
                .param(alis.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private String assign(MockHttpSession session, String path, UUID version) throws Exception {
        mvc.perform(post(path).session(session).with(csrf()).param("version", version.toString()))
                .andExpect(status().is3xxRedirection());
        return page(session, path);
    }

    private UUID version(CatalogCode catalog, int number) {
        return catalogs.versions(catalog).stream().filter(version -> version.number() == number).findFirst()
                .orElseThrow().id();
    }

    /** The bundled version in force of the catalog (other tests import versions of their own). */
    private List<LearningGoal> official(CatalogCode catalog) {
        return catalogs.versions(catalog).stream()
                .filter(version -> version.source().startsWith("Lovdata:") && version.validTo() == null)
                .findFirst().map(catalogs::goalsOf).orElseThrow();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession session(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
