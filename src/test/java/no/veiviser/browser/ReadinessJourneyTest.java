package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.veiviser.FreshCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service records and readiness in Chromium: the candidate reports, the department head confirms and
 * rejects, the candidate and her veileder see the checklist and the timeline. Axe on every page.
 */
class ReadinessJourneyTest extends BrowserTest {

    @Autowired
    FreshCandidates fresh;

    @Test
    void reportedServiceIsConfirmedAndCounted() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String head = fresh.departmentHeadOf(alis);
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tjeneste og fravær")).click();

        // Wrong first: the period ends before it starts. The message is shown and nothing is recorded.
        fillPeriod("2023-09-01", "2021-08-31");
        assertThat(page.locator("#service-errors")).containsText("Perioden kan ikke slutte før den begynner.");
        assertThat(page.locator("#period-to")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#period-from")).hasValue("2023-09-01");
        assertThat(page.getByText("Ingen tjenesteperioder er registrert.")).isVisible();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        fillPeriod("2021-09-01", "2023-08-31");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Registrert.");
        page.locator("#shift-shiftStart").fill("2024-03-02T08:00");
        page.locator("#shift-shiftEnd").fill("2024-03-02T16:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer vakten")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("2 registreringer venter på bekreftelse fra kommunen.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        switchTo(head);
        page.navigate(url("/candidates/" + alis.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tjeneste og fravær").setExact(false)).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("2 registreringer venter på at du bekrefter eller avviser.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft 1. september 2021–31. august 2023")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Bekreftet.");
        page.getByLabel("Begrunnelse for avvisning").fill("Vakten står ikke i vaktlisten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avvis").setExact(false)).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Vakten står ikke i vaktlisten");

        switchTo(alis.username(), FreshCandidates.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tjenestetid og krav")).click();
        Locator total = page.locator("#requirement-service\\.total");
        assertThat(total).containsText("24 mnd");
        assertThat(total).containsText("60 mnd");
        assertThat(total).containsText("Ikke oppfylt");
        assertThat(page.locator("#requirement-onCall\\.qualifyingShifts")).containsText("0");
        assertThat(page.locator("#requirement-guidance\\.individual")).containsText("Ikke oppfylt");
        assertThat(page.locator("svg[role=img] rect.vv-bar-OPEN_PRACTICE")).hasCount(1);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Tidslinje"))).isVisible();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        screenshot("readiness-candidate");
        page.locator("figure.vv-timeline").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "readiness-timeline.png")));

        switchTo("kari.nordby", "demo");
        page.navigate(url("/candidates"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hvor Ny Kandidat står mot kravene").setExact(false)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Tjenestetid og krav");
        assertThat(page.locator("#requirement-service\\.openPractice")).containsText("24 mnd");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void aCandidateWithFourAndAHalfYearsSeesHerTimelineAndForecast() {
        signIn("emma.vik");
        page.navigate(url("/progress"));
        assertThat(page.locator("svg[role=img] rect.vv-bar-INSTITUTION")).hasCount(1);
        assertThat(page.locator("svg[role=img] rect.vv-bar-absence").first()).isAttached();
        assertThat(page.locator("svg[role=img] line.vv-marker-forecast")).hasCount(1);
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("er kravene til tjenestetid oppfylt");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        page.locator("figure.vv-timeline").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "readiness-timeline-emma.png")));
    }

    private void fillPeriod(String from, String to) {
        page.locator("#period-from").fill(from);
        page.locator("#period-to").fill(to);
        page.locator("#period-category").selectOption("OPEN_PRACTICE");
        page.locator("#period-positionPercent").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer perioden")).click();
    }

    private void switchTo(String username) {
        switchTo(username, FreshCandidates.PASSWORD);
    }

    private void switchTo(String username, String password) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        signIn(username, password);
    }
}
