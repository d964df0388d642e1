package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import no.veiviser.FreshCandidates;
import no.veiviser.programme.ServiceRecordKind;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily loop's refusals and second chances as people meet them in Chromium: overlapping service
 * refused with the way out and a position share changed from a date; implausible entries refused with
 * the field named in the error summary; a draft edited, sent and withdrawn; a signature told to the
 * candidate; the veileder reading her candidate. Axe on every page, and each fits a phone.
 */
class DailyLoopJourneyTest extends BrowserTest {

    @Autowired
    FreshCandidates fresh;

    @Autowired
    ServiceRecords serviceRecords;

    @Test
    void overlappingServiceIsRefusedWithTheWayOutAndTheShareChangesFromADate() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String head = fresh.departmentHeadOf(alis);
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/service"));
        fillPeriod("2026-09-01", "2026-11-30");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Registrert.");

        fillPeriod("2026-10-01", "2026-10-15");
        Locator summary = page.locator("#service-errors");
        assertThat(summary).containsText("Stillingsandel: Da blir stillingene dine til sammen 200 % den 01.10.2026");
        assertThat(summary).containsText("må den gamle slutte dagen før, 30.09.2026");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#period-positionPercent");
        assertThat(page.locator("#period-positionPercent")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByRole(AriaRole.ROW)).hasCount(2);
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        var first = serviceRecords.of(alis.actor(), alis.id()).ofKind(ServiceRecordKind.PERIOD).get(0);
        serviceRecords.confirm(fresh.actor(head), first.id());
        page.navigate(url("/service"));
        page.getByText("Endre stillingsandel").click();
        page.getByLabel("Ny stillingsandel fra og med").fill("2026-11-01");
        page.getByLabel("Ny stillingsandel (%)").fill("60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send endringen til bekreftelse")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Endringen av stillingsandelen er sendt til bekreftelse.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Endring til 60 % fra 1. november 2026 venter på bekreftelse.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();

        switchTo(head, FreshCandidates.PASSWORD);
        page.navigate(url("/candidates/" + alis.id() + "/service"));
        assertThat(page.getByRole(AriaRole.MAIN))
                .containsText("Endrer stillingsandelen fra 100 % i perioden 1. september 2026–30. november 2026.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft 1. november 2026–30. november 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Bekreftet.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Fra 1. november 2026 er stillingsandelen 60 %.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }

    @Test
    void implausibleEntriesAreRefusedWithTheFieldNamedAndWhatWasExpected() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/service"));
        page.locator("#absence-from").fill("2026-10-01");
        page.locator("#absence-to").fill("2028-10-01");
        page.locator("#absence-absenceType").selectOption("PARENTAL_LEAVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer fraværet")).click();
        Locator summary = page.locator("#service-errors");
        assertThat(summary).containsText("Siste dag: Et fravær kan vare høyst 2 år i én registrering, det vil si til og "
                + "med 30.09.2028.");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#absence-to");
        assertThat(page.locator("#absence-from")).hasValue("2026-10-01");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.locator("#shift-shiftStart").fill("2026-10-03T08:00");
        page.locator("#shift-shiftEnd").fill("2026-10-04T09:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer vakten")).click();
        assertThat(summary).containsText("Vakten sluttet: En vakt kan vare høyst 24 timer.");

        page.navigate(url("/activities"));
        String tomorrow = LocalDate.now(TimeConfiguration.OSLO).plusDays(1).toString();
        fillActivity(tomorrow, "Refleksjonsnotat");
        Locator errors = page.locator("#activity-errors");
        assertThat(errors).containsText("Dato: Datoen kan ikke være fram i tid.");
        assertThat(errors.getByRole(AriaRole.LINK)).hasAttribute("href", "#performedOn");
        fillActivity("2026-08-31", "Refleksjonsnotat");
        assertThat(errors).containsText("Dato: Datoen er før utdanningsløpet ditt startet 01.09.2026.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }

    @Test
    void sheEditsADraftSendsItAndWithdrawsItAndIsToldWhenItIsSigned() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        signIn(alis.username(), FreshCandidates.PASSWORD);
        page.navigate(url("/activities"));
        fillActivity("2026-11-20", "Refleksjonsnotat, første utkast");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aktiviteten er registrert.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refleksjonsnotat, første utkast")).click();
        page.getByLabel("Beskrivelse").fill("Refleksjonsnotat om samtalen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre endringene")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Endringene er lagret.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.navigate(url("/activities"));
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Refleksjonsnotat om samtalen"));
        row.getByLabel("Send til").selectOption(new SelectOption().setLabel("Jon Bakke"));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send til signering")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aktiviteten er sendt til signering.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refleksjonsnotat om samtalen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trekk tilbake fra signering")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aktiviteten er trukket tilbake og er et utkast igjen.");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        page.navigate(url("/activities"));
        row.getByLabel("Send til").selectOption(new SelectOption().setLabel("Jon Bakke"));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send til signering")).click();
        switchTo("jon.bakke", "demo");
        page.navigate(url("/signing"));
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Refleksjonsnotat om samtalen"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Signer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aktiviteten er signert.");

        switchTo(fresh.administratorOf(alis), FreshCandidates.PASSWORD);
        page.navigate(url("/admin/outbox"));
        Locator notice = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("En læringsaktivitet er signert"));
        assertThat(notice).containsText("Ny Kandidat");
        assertThat(notice.getByRole(AriaRole.LINK)).hasAttribute("href",
                java.util.regex.Pattern.compile("^https?://[^/]+/activities$"));
        BrowserSession.assertNoSeriousAccessibilityViolations(page);

        switchTo("kari.nordby", "demo");
        page.navigate(url("/candidates"));
        Locator link = page.locator("a[href='/candidates/" + alis.id() + "/portfolio']");
        assertThat(link).hasCount(1);
        link.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Ny Kandidat");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Refleksjonsnotat om samtalen");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("ALM-001");
        BrowserSession.assertNoSeriousAccessibilityViolations(page);
        assertFitsAPhone();
    }

    private void fillPeriod(String from, String to) {
        page.locator("#period-from").fill(from);
        page.locator("#period-to").fill(to);
        page.locator("#period-category").selectOption("OPEN_PRACTICE");
        page.locator("#period-positionPercent").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer perioden")).click();
    }

    private void fillActivity(String day, String description) {
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("OTHER");
        page.getByLabel("Dato").fill(day);
        page.getByLabel("Beskrivelse").fill(description);
        page.getByLabel("Læringsmål").fill("ALM-001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer aktiviteten")).click();
    }

    private void switchTo(String username, String password) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        signIn(username, password);
    }
}
