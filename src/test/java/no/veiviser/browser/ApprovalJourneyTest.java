package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The whole daily loop in the browser, as the demo's people would do it: Sindre Holm (ALIS) documents
 * a joint consultation on ALM-042, his supervisor Sofie Dahl signs it, he submits the goal, the
 * approver Tone Haugland sees what is missing, his veileder Anders Lie and Sofie recommend, and Tone
 * approves. Sindre's progress shows it.
 */
class ApprovalJourneyTest extends BrowserTest {

    private static final String GOAL = "ALM-042";
    private static final String DESCRIPTION = "Felleskonsultasjon om kommunikasjon, godkjenningsløpet";

    @Test
    void fromActivityToApprovedGoal() {
        signIn("sindre.holm");
        page.navigate(url("/activities"));
        page.getByLabel("Type").selectOption("JOINT_CONSULTATION");
        page.getByLabel("Dato").fill("2026-11-18");
        page.getByLabel("Beskrivelse").fill(DESCRIPTION);
        page.getByLabel("Læringsmål").fill(GOAL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer aktiviteten")).click();
        Locator activity = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION));
        activity.getByLabel("Send til").selectOption(new SelectOption().setLabel("Sofie Dahl"));
        activity.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send til signering")).click();
        switchTo("sofie.dahl");

        page.navigate(url("/signing"));
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Signer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aktiviteten er signert.");
        switchTo("sindre.holm");

        page.navigate(url("/goals"));
        assertThat(page.getByText("0 av 88 læringsmål er godkjent")).isVisible();
        Locator goal = page.locator("tr#" + GOAL);
        assertThat(goal.getByRole(AriaRole.CELL).nth(1)).hasText("1");
        goal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Send " + GOAL + " til godkjenning")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Send " + GOAL + " til godkjenning");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        page.getByLabel("Begrunnelse").fill("Felleskonsultasjon signert av supervisør");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send til godkjenning")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Læringsmålet er sendt til godkjenning.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        switchTo("tone.haugland");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Til godkjenning")).click();
        Locator pending = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sindre Holm"));
        assertThat(pending).containsText("Mangler anbefaling fra veileder og fra minst én supervisør.");
        assertThat(pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkjenn"))).hasCount(0);
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        for (String recommender : new String[] {"anders.lie", "sofie.dahl"}) {
            switchTo(recommender);
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Til anbefaling")).click();
            page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sindre Holm"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anbefal godkjenning")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Anbefalingen er registrert.");
            BrowserSession.assertNoSeriousAccessibilityViolations(page);
        }

        switchTo("tone.haugland");
        page.navigate(url("/approvals"));
        pending = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sindre Holm"));
        assertThat(pending).containsText("Anbefalt av Veileder");
        assertThat(pending).containsText("Anbefalt av Supervisør");
        pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkjenn")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Læringsmålet er godkjent.");
        switchTo("sindre.holm");

        page.navigate(url("/goals"));
        assertThat(page.getByText("1 av 88 læringsmål er godkjent")).isVisible();
        assertThat(page.locator("tr#" + GOAL)).containsText("Godkjent");

        page.locator("tr#" + GOAL).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Godkjenningsgrunnlag for " + GOAL)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Godkjenningsgrunnlag for " + GOAL);
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION)))
                .containsText("Signert – Sofie Dahl");
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("Anders Lie (veileder) anbefalte godkjenning"))).hasCount(1);
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("Tone Haugland (leder) godkjente målet"))).hasCount(1);
        screenshot("approval-basis");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        String basis = page.url();
        correctAfterApproval(basis);

        switchTo("jon.bakke");
        page.navigate(basis);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Siden finnes ikke");
    }

    /**
     * He corrects the signed activity after the approval: the goal stays approved on the basis the
     * approver saw, frozen with its signature, and the correction appears after the approval.
     */
    private void correctAfterApproval(String basis) {
        page.navigate(url("/activities"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DESCRIPTION)).first().click();
        page.getByLabel("Beskrivelse").fill(DESCRIPTION + " (rettet)");
        page.getByLabel("Hvorfor rettes aktiviteten?").fill("Feil i beskrivelsen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre rettet versjon")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Rettelsen er registrert som en ny versjon.");

        page.navigate(basis);
        Locator frozen = page.locator("section:has(> #basis-evidence)");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Grunnlaget da målet ble godkjent");
        Locator signed = frozen.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION));
        assertThat(signed).containsText("Erstattet av rettet versjon");
        assertThat(signed).containsText("– Sofie Dahl");
        assertThat(frozen).not().containsText("(rettet)");
        assertThat(page.locator("section:has(> #basis-after)")).containsText(DESCRIPTION + " (rettet)");
        page.navigate(url("/goals"));
        assertThat(page.getByText("1 av 88 læringsmål er godkjent")).isVisible();
        assertThat(page.locator("tr#" + GOAL)).containsText("Godkjent");
        page.navigate(basis);
    }

    private void switchTo(String username) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        signIn(username);
    }
}
