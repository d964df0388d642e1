package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.TestActors;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files, comments, course certificates, enrolment and invitations in Chromium, with axe on every new page. */
class DocumentationJourneyTest extends BrowserTest {

    private static final byte[] PDF = no.veiviser.TestFiles.pdf();

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;



    @Autowired
    JdbcClient jdbc;

    @Test
    void theCandidateAttachesAReportAndComments() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.PRACTICE_VISIT, "Praksisbesøk hos Strømsø legesenter",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042")));
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/activities"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Praksisbesøk hos Strømsø legesenter")).click();

        page.getByLabel("Legg ved fil").setInputFiles(new FilePayload("rapport.pdf", "application/pdf", PDF));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp vedlegget")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vedlegget er lastet opp.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("rapport.pdf"))).isVisible();

        page.getByLabel("Ny kommentar").fill("Rapporten er skrevet sammen med veileder.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til kommentar")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Rapporten er skrevet sammen med veileder.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
    }

    @Test
    void aCourseCertificateBecomesOneActivityPerChosenGoal() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/activities"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer et kursbevis").setExact(false)).click();
        page.getByLabel("Kurs", new Page.GetByLabelOptions().setExact(true)).selectOption("GRUNNKURS-B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis forslag")).click();
        assertThat(page.getByRole(AriaRole.CHECKBOX)).hasCount(12);
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.getByLabel("Kursaktivitet for ALM-003").uncheck();
        page.getByLabel("Dato kurset ble fullført").fill("2026-11-02");
        page.getByLabel("Kursbevis")
                .setInputFiles(new FilePayload("kursbevis.pdf", "application/pdf", PDF));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer aktivitetene")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kursaktivitetene er registrert");
        Locator courseRows = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Grunnkurs B - Allmennlegens roller og samarbeidspartnere"));
        assertThat(courseRows).hasCount(11);
    }

    @Test
    void theDepartmentHeadsFormsAndTheInvitationPageAreAccessible() {
        signIn("eirik.strand");
        page.navigate(url("/candidates"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Registrer ny kandidat"))).isVisible();
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();

        // A department head registers a supervisor for her candidate; with no mail server she hands
        // the invitation over herself. (An organisation of its own, so the demo's cast stays as it is.)
        FreshCandidates.FreshCandidate alis = fresh.alis();
        signIn(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        String email = "mona." + UUID.randomUUID() + "@example.no";
        page.navigate(url("/candidates/" + alis.id()));
        page.locator("#supervisor-givenName").fill("Mona");
        page.locator("#supervisor-familyName").fill("Dahl");
        page.locator("#supervisor-email").fill(email);
        page.locator("#supervisor-title").fill("Jordmor");
        page.locator("#supervisor-profession").selectOption("MIDWIFE");
        page.locator("#supervisor-validFrom").fill("2026-11-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer og inviter")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag lenke for Mona Dahl")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lenken vises bare nå");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        String link = page.getByLabel("Invitasjonslenke for Mona Dahl").inputValue().replace("http://localhost:8080", "");
        UUID invited = jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();

        page.navigate(url(link));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Velkommen, Mona Dahl.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        page.getByLabel("Brukernavn").fill("mona." + invited.toString().substring(0, 8));
        page.locator("#password").fill("jordmor i nabokommunen");
        page.getByLabel("Gjenta passordet").fill("jordmor i nabokommunen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag innloggingen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Innloggingen din er laget.");
        signIn("mona." + invited.toString().substring(0, 8), "jordmor i nabokommunen");
    }
}
