package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guidance group in Chromium: the department head records the group, its leader and a member; the
 * leader records three meetings with attendance; the member's group hours and months change on her
 * readiness page (present at two meetings: 3 + 2.5 = 5.5 hours). Axe and a phone's width on every page.
 */
class GroupJourneyTest extends BrowserTest {

    @Autowired
    FreshCandidates fresh;

    @Autowired
    People people;

    @Test
    void theLeaderRecordsThreeMeetingsAndTheMembersReadinessChanges() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String head = fresh.departmentHeadOf(alis);
        String leaderName = "leder." + UUID.randomUUID().toString().substring(0, 8);
        UUID leader = people.register(new NewPerson("Guri", "Gruppeleder", null, Profession.PHYSICIAN, null),
                Actor.system()).id();
        people.createLocalAccount(leader, leaderName, FreshCandidates.PASSWORD, Actor.system());
        people.grantRole(leader, alis.organisationId(), Role.SUPERVISOR, Actor.system());

        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/progress"));
        String hoursBefore = page.locator("#requirement-guidance\\.group\\.hours").innerText();
        String monthsBefore = page.locator("#requirement-guidance\\.group\\.duration").innerText();

        switchTo(head);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Veiledningsgrupper").setExact(true)).click();
        page.locator("#name").fill("Veiledningsgruppe Konnerud");
        page.locator("#organiser").fill("Legeforeningen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer gruppen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Gruppen er registrert.");
        page.locator("#leader").selectOption(leader.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til leder")).click();
        page.locator("#candidateId").selectOption(alis.id().toString());
        page.locator("#from").fill("2026-09-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til medlem")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Kandidaten er medlem av gruppen.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();

        switchTo(leaderName);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Veiledningsgrupper").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veiledningsgruppe Konnerud")).click();
        meeting("2026-09-15", "3", true, alis.id());
        meeting("2026-10-13", "3", false, alis.id());
        meeting("2026-11-10", "2.5", true, alis.id());
        Locator meetings = page.locator("section:has(#meetings) table");
        assertThat(meetings).containsText("15. september 2026");
        assertThat(meetings).containsText("13. oktober 2026");
        assertThat(meetings).containsText("10. november 2026");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();

        switchTo(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/progress"));
        Locator hours = page.locator("#requirement-guidance\\.group\\.hours");
        assertThat(hours).containsText("5,5 timer i veiledningsgruppe");
        assertThat(hours.innerText()).isNotEqualTo(hoursBefore);
        assertThat(page.locator("#requirement-guidance\\.group\\.duration").innerText()).isNotEqualTo(monthsBefore);
        page.navigate(url("/guidance"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Veiledningsgruppe Konnerud: medlem fra 1. september 2026, 5,5 timer til stede.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }

    private void meeting(String day, String hours, boolean present, UUID member) {
        page.locator("#heldOn").fill(day);
        page.locator("#hours").fill(hours);
        Locator box = page.locator("#present-" + member);
        if (present) {
            box.check();
        } else {
            box.uncheck();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer møtet")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Møtet er registrert.");
    }

    private void switchTo(String username) {
        switchTo(username, FreshCandidates.PASSWORD);
    }

    private void switchTo(String username, String password) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        signIn(username, password);
    }
}
