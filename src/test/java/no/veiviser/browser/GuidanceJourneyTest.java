package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.veiviser.FreshCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guidance session in Chromium: the veileder plans it, both write their preparation, the candidate
 * writes the minutes, the veileder finalises it, and the hours appear on the candidate's readiness
 * page. The approver and the department head open every page about it they can reach and never see
 * the text. Axe and a phone's width on every page.
 */
class GuidanceJourneyTest extends BrowserTest {

    private static final String PREPARATION = "Jeg vil øve på å gi dårlige nyheter.";
    private static final String MINUTES = "Vi gikk gjennom samtalen om prøvesvaret og avtalte rollespill.";

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Clock clock;

    @Test
    void fromPlanToCountedHoursWhileTheTextStaysBetweenTwo() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String head = fresh.departmentHeadOf(alis);
        LocalDate today = LocalDate.now(clock);
        String day = today.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb")));

        signIn("kari.nordby");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Veiledning").setExact(true)).click();
        page.getByLabel("Kandidat", new Page.GetByLabelOptions().setExact(true)).selectOption(alis.id().toString());
        page.getByLabel("Dato").fill(today.toString());
        page.getByLabel("Fra klokken").fill("09:00");
        page.getByLabel("Til klokken").fill("10:30");
        page.getByLabel("Hvordan").selectOption("VIDEO");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlegg samtalen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Samtalen er planlagt.");
        String session = page.url();
        page.getByLabel("Din forberedelse").fill("Ta opp kommunikasjon ved alvorlige funn.");
        page.locator("section:has(#text-VEILEDER_PREPARATION)").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Teksten er lagret.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        switchTo(alis.username(), FreshCandidates.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Veiledning").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(day + " 09:00–10:30")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ta opp kommunikasjon ved alvorlige funn.");
        page.getByLabel("Din forberedelse").fill(PREPARATION);
        page.locator("section:has(#text-CANDIDATE_PREPARATION)").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Lagre")).click();
        page.getByLabel("Referat (det anbefales at kandidaten skriver det)").fill(MINUTES);
        page.locator("section:has(#text-MINUTES)").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Teksten er lagret.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdigstill samtalen"))).hasCount(0);
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();

        switchTo("kari.nordby", "demo");
        page.navigate(session);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(MINUTES);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdigstill samtalen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Samtalen er ferdigstilt. Timene teller nå.");
        assertThat(page.getByLabel("Din forberedelse")).hasCount(0);

        switchTo(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/progress"));
        Locator guidance = page.locator("#requirement-guidance\\.individual");
        assertThat(guidance).containsText("1,5 timer individuell veiledning holdt");
        page.navigate(url("/guidance"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ferdigstilt veiledning i " + today.getYear() + ": 1,5 timer.");

        for (String reader : new String[] {"tone.haugland", head}) {
            switchTo(reader, reader.equals(head) ? FreshCandidates.PASSWORD : "demo");
            page.navigate(url("/candidates/" + alis.id() + "/readiness"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veiledningssamtalene").setExact(false)).click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(day + " 09:00–10:30");
            BrowserSession.assertNoSeriousAccessibilityViolations(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(day + " 09:00–10:30")).click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("Forberedelse og referat ser bare kandidaten");
            assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(MINUTES);
            assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(PREPARATION);
            BrowserSession.assertNoSeriousAccessibilityViolations(page);
            assertFitsAPhone();
        }
    }

    private void switchTo(String username, String password) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        signIn(username, password);
    }
}
