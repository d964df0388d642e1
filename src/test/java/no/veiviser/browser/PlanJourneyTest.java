package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.Organisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator keeps the general plan up to date by keyboard and mouse, and reads the result. */
class PlanJourneyTest extends BrowserTest {

    private static final String ADDED_ARENA = "Rehabiliteringsavdelingen, Drammen helsehus";

    @Autowired
    Organisations organisations;

    @Autowired
    LearningArenas arenas;

    @BeforeEach
    void signInAsAdministrator() {
        signIn("admin");
    }

    /** The demo plan keeps its seven arenas for the other tests. */
    @AfterEach
    void archiveTheArenaAdded() {
        UUID drammen = organisations.findByName("Drammen kommune").orElseThrow().id();
        arenas.overview(drammen).stream()
                .filter(arena -> arena.arena().name().equals(ADDED_ARENA))
                .forEach(arena -> arenas.archive(drammen, arena.arena().id(), Actor.system()));
    }

    @Test
    void anAdministratorAddsAnArenaLinksTwoGoalsAndSeesThemInThePlan() {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Virksomhet og læringsarenaer")).click();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.getByLabel("Navn").fill(ADDED_ARENA);
        page.getByLabel("Type læringsarena").selectOption("INSTITUTION_SERVICE");
        page.getByLabel("Sted").fill("Drammen helsehus, 3. etasje");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til læringsarena")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Læringsarenaen er lagt til.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        linkGoal("ALM-055", "Internundervisning og klinisk tjeneste");
        linkGoal("ALM-085", "Klinisk tjeneste i institusjon");
        screenshot("arena");

        page.navigate(url("/plan"));
        Locator arena = page.locator("article.vv-arena").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                        .setName(ADDED_ARENA))));
        assertThat(arena.getByRole(AriaRole.ROWHEADER)).hasCount(2);
        assertThat(arena).containsText("ALM-055");
        assertThat(arena).containsText("Internundervisning og klinisk tjeneste");
        assertThat(arena).containsText("ALM-085");
        assertThat(arena).containsText("Drammen helsehus, 3. etasje");
        screenshot("plan");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void aMistakeInTheFormIsExplainedAndTheFieldIsMarked() {
        page.navigate(url("/admin/organisation"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til læringsarena")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skjemaet ble ikke lagret");
        assertThat(page.getByLabel("Navn")).hasAttribute("aria-invalid", "true");
        page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fyll ut feltet.")).click();
        assertThat(page.getByLabel("Navn")).isFocused();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void theCatalogPagesHaveNoSeriousAccessibilityProblems() {
        page.navigate(url("/admin/catalogs"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Målkataloger og kurs");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    private void linkGoal(String code, String activity) {
        page.getByLabel("Læringsmål (kode)").fill(code);
        page.getByLabel("Læringsaktivitet på arenaen").fill(activity);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koble til læringsmålet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Læringsmålet er koblet til arenaen.");
    }

}
