package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.TestActors;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.programme.Enrolments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FKM change of 1 March 2026 as an approver meets it: an ALIS who started in 2024 is assessed
 * against the old FKM and has FKM-19 approved. Her approver opens her catalogs, moves her to
 * FKM-001 … 014, considers FKM-002 achieved on the basis of FKM-19 (the form first refuses a missing
 * reason and keeps what she ticked), and the move is kept as an assessment event naming its basis.
 */
class CatalogTransitionJourneyTest extends BrowserTest {

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    Enrolments enrolments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApproverMovesACandidateToTheNewFkmGoalByGoal() {
        FreshCandidates.FreshCandidate alis = fresh.alisStartingOn(LocalDate.of(2024, 1, 1));
        approveOldGoal(alis.id(), "FKM-19");
        String catalogs = "/candidates/" + alis.id() + "/catalogs";

        signIn("tone.haugland");
        page.navigate(url(catalogs));
        Locator fkm = page.getByRole(AriaRole.REGION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Felles kompetansemål, del 2–3 (FKM)"));
        assertThat(fkm).containsText("Versjon 1, gyldig fra 1. mars 2019.");
        assertThat(fkm).containsText("Gjelder til og med 28. februar 2026.");
        assertThat(fkm).containsText("Versjon 2 gjelder fra 1. mars 2026.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
        fkm.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Flytt til versjon 2")).click();

        assertThat(page.locator("#approved-before")).containsText("FKM-19");
        Locator goal = page.locator("#goal-FKM-002");
        assertThat(goal).containsText("Ha god kunnskap om styrker og svakheter i egne kommunikasjonsferdigheter");
        goal.getByLabel("Anses oppnådd").check();
        goal.getByLabel("FKM-19").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Flytt til versjon 2")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv hvorfor FKM-002 anses oppnådd.");
        assertThat(goal.getByLabel("Anses oppnådd")).isChecked();
        assertThat(goal.getByLabel("FKM-19")).isChecked();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
        goal.getByLabel("Begrunnelse").fill("Kommunikasjonsmålet FKM-19 dekker samme kompetanse; vurdert med veileder.");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Flytt til versjon 2")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kandidaten er flyttet til den nye versjonen.");
        assertThat(fkm).containsText("Versjon 2, gyldig fra 1. mars 2026.");
        UUID enrolment = enrolments.of(alis.id()).get(0).id();
        org.assertj.core.api.Assertions.assertThat(enrolments.assignedCatalogs(enrolment))
                .filteredOn(version -> version.catalog() == CatalogCode.FKM).singleElement()
                .satisfies(version -> org.assertj.core.api.Assertions.assertThat(version.number()).isEqualTo(2));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select g.goal_code || ':' || g.achieved || ':' || array_to_string(g.basis_codes, ' ')
                  from catalog_transition t join catalog_transition_goal g on g.transition_id = t.id
                 where t.candidate_id = ? and g.achieved""").param(alis.id()).query(String.class).list())
                .containsExactly("FKM-002:true:FKM-19");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from catalog_transition t join catalog_transition_goal g on g.transition_id = t.id
                 where t.candidate_id = ?""").param(alis.id()).query(Integer.class).single())
                .as("a decision for every goal of the new version").isEqualTo(14);

        UUID assessment = jdbc.sql("select id from goal_assessment where candidate_id = ? and goal_code = 'FKM-002'")
                .param(alis.id()).query(UUID.class).single();
        page.navigate(url("/assessments/" + assessment));
        assertThat(page.locator("#basis-history").locator("xpath=..")).containsText(
                "godkjente målet ved overgang til ny katalogversjon på grunnlag av FKM-19");
        assertThat(page.locator("#basis-history").locator("xpath=..")).containsText(
                "Kommunikasjonsmålet FKM-19 dekker samme kompetanse");
    }

    @Test
    void everyoneReadsTheOfficialGoalsUnderTheirThemesOnAPhone() {
        signIn("nora.eide");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Læringsmålene")).click();
        Locator theme = page.getByRole(AriaRole.REGION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("21.4 Kommunikasjon og samhandling"));
        assertThat(theme).containsText("ALM-055");
        assertThat(theme).containsText("Ha en godt utviklet samhandlingskompetanse");
        assertThat(page.locator("#attribution")).hasText(
                "Inneholder data under NLOD 2.0 tilgjengeliggjort av Lovdata (spesialistforskriften vedlegg 2).");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }

    private void approveOldGoal(UUID candidate, String code) {
        var submitted = approvals.submit(TestActors.person(candidate), code, "Gjennomført");
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), submitted.id(), "Anbefales");
        approvals.recommend(TestActors.person(fresh.person("jon.bakke")), submitted.id(), "Anbefales");
        approvals.approve(TestActors.person(fresh.person("tone.haugland")), submitted.id(), "Godkjent");
    }
}
