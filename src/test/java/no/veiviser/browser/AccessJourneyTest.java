package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The access log and the audit trail's check in Chromium, at desktop and phone width: the candidate
 * sees who read her record, the administrator checks that the trail is unchanged. Axe on every page.
 */
class AccessJourneyTest extends BrowserTest {

    @Test
    void theCandidateSeesWhoReadHerRecordAndTheAdministratorChecksTheTrail() {
        signIn("maria.solheim");
        page.navigate(url("/candidates"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hvor Emma Vik står mot kravene")
                .setExact(false)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tjenestetid og krav");

        switchTo("emma.vik");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Hvem har sett mine opplysninger")).click();
        // Maria's visit reads more than one part of her record (the list and the readiness page), logged
        // in an order that is not the point here; the service's row is the one the visit must leave.
        Locator read = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Maria Solheim"))
                .filter(new Locator.FilterOptions().setHasText("Tjenestetid og krav"));
        assertThat(read.first()).containsText("veileder");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();

        switchTo("admin");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Revisjonslogg")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontroller loggen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Loggen er uendret");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }


    private void switchTo(String username) {
        page.context().clearCookies();
        signIn(username);
    }
}
