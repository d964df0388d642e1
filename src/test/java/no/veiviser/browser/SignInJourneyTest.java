package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A person signs in with a demo login, as she would in a browser, and finds her way around. */
class SignInJourneyTest extends BrowserTest {

    static Stream<Arguments> demoRoles() {
        return Stream.of(
                Arguments.of("admin", "Ingrid Solberg",
                        List.of("Virksomhet og læringsarenaer", "Målkataloger og kurs", "Brukere", "Revisjonslogg"),
                        List.of("Læringsmål", "Til godkjenning")),
                Arguments.of("tone.haugland", "Tone Haugland", List.of("Til godkjenning", "Kandidater"),
                        List.of("Revisjonslogg", "Læringsmål")),
                Arguments.of("eirik.strand", "Eirik Strand", List.of("Kandidater", "LIS1-plassering", "Tilskudd", "Veiledningsgrupper"),
                        List.of("Revisjonslogg", "Til godkjenning")),
                Arguments.of("kari.nordby", "Kari Nordby", List.of("Kandidater", "Til signering", "Veiledning"),
                        List.of("Til godkjenning", "Revisjonslogg")),
                Arguments.of("maria.solheim", "Maria Solheim", List.of("Kandidater", "Til signering", "Veiledning"),
                        List.of("Til godkjenning")),
                Arguments.of("line.moen", "Line Moen", List.of("Til signering", "Kandidater", "Veiledningsgrupper"),
                        List.of("Veiledning", "Til godkjenning")),
                Arguments.of("nora.eide", "Nora Eide",
                        List.of("Læringsmål", "Læringsaktiviteter", "Tjenestetid og krav", "Individuell utdanningsplan", "Veiledning"),
                        List.of("Til signering", "Til godkjenning", "Revisjonslogg")),
                Arguments.of("aisha.rahman", "Aisha Rahman", List.of("Læringsmål", "Læringsaktiviteter"),
                        List.of("Til signering", "Revisjonslogg")));
    }

    @ParameterizedTest(name = "{0} sees the navigation of her roles")
    @MethodSource("demoRoles")
    void eachDemoRoleSignsInAndSeesItsNavigation(String username, String name, List<String> visible,
                                                   List<String> hidden) {
        signIn(username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Velkommen, " + name);
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"));
        assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start").setExact(true)))
                .hasAttribute("aria-current", "page");
        for (String label : visible) {
            assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true)))
                    .isVisible();
        }
        for (String label : hidden) {
            assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true)))
                    .hasCount(0);
        }
    }

    @Test
    void aLinkStillToComeLeadsToAPageThatSaysSo() {
        signIn("nora.eide");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Individuell utdanningsplan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Individuell utdanningsplan");
        assertThat(page.getByText("under arbeid")).isVisible();
    }

    @Test
    void aWrongPasswordSaysSoWithoutTellingWhetherTheUserExists() {
        page.navigate(url("/login"));
        page.getByLabel("Brukernavn").fill("tone.haugland");
        page.getByLabel("Passord").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Feil brukernavn eller passord.");
    }

    @Test
    void theSkipLinkIsTheFirstStopForTheKeyboard() {
        page.navigate(url("/login"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Hopp til hovedinnhold");
        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasAttribute("id", "main");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("sindre.holm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du er logget ut.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void theLoginPageHasNoSeriousAccessibilityProblems() {
        page.navigate(url("/login"));
        screenshot("login");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void startPagesHaveNoSeriousAccessibilityProblems() {
        for (String username : List.of("nora.eide", "admin", "kari.nordby")) {
            signIn(username);
            screenshot("start-" + username);
            BrowserSession.assertNoSeriousAccessibilityViolations(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        }
    }

    @Test
    void theErrorPageHasNoSeriousAccessibilityProblems() {
        signIn("nora.eide");
        page.navigate(url("/no-such-page"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Siden finnes ikke");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void aVeilederFindsHerCandidatesWithTheExemptionWarning() {
        signIn("maria.solheim");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Kandidater").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Emma Vik"))).isVisible();
        assertThat(page.getByText("Veilederens fritak fra spesialistkravet går ut")).isVisible();
        screenshot("candidates");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void theDepartmentHeadOpensACandidatesFile() {
        signIn("eirik.strand");
        page.navigate(url("/candidates"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nora Eide").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nora Eide");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Kari Nordby"))).isVisible();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void englishIsOneClickAway() {
        signIn("emma.vik");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Emma Vik");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

}
