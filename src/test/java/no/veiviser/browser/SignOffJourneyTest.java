package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first half of the daily loop: the candidate documents, her supervisor signs. */
class SignOffJourneyTest extends BrowserTest {

    private static final String DESCRIPTION = "Felleskonsultasjon: samtale om vanskelig diagnose, nettleser-test";

    @Autowired
    Clock clock;

    @Test
    void anAlisRecordsAJointConsultationAndHerSupervisorSignsIt() {
        signIn("nora.eide");
        page.navigate(url("/activities"));
        page.getByLabel("Type").selectOption("JOINT_CONSULTATION");
        page.getByLabel("Dato").fill(LocalDate.now(clock).toString());
        page.getByLabel("Beskrivelse").fill(DESCRIPTION);
        page.getByLabel("Læringsmål").fill("ALM-042");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer aktiviteten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aktiviteten er registrert.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION));
        row.getByLabel("Send til").selectOption(new SelectOption().setLabel("Jon Bakke"));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send til signering")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aktiviteten er sendt til signering.");
        assertThat(row).containsText("Venter på signatur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();

        signIn("jon.bakke");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Til signering")).click();
        Locator waiting = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION));
        assertThat(waiting).containsText("Nora Eide");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Signer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aktiviteten er signert.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();

        signIn("nora.eide");
        page.navigate(url("/activities"));
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(DESCRIPTION)))
                .containsText("Signert");
    }

    @Test
    void aSupervisorOfOtherCandidatesDoesNotSeeHers() {
        signIn("sofie.dahl");
        page.navigate(url("/signing"));
        assertThat(page.getByText("Nora Eide")).hasCount(0);
    }
}
