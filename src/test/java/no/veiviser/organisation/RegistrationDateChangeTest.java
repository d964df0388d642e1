package no.veiviser.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Moving a registration's date later leaves the days between outside it. When candidates have
 * confirmed service on those days, the administrator sees how much and confirms before anything
 * changes; an earlier date, or a later one no service depends on, is saved at once.
 */
@IntegrationTest
class RegistrationDateChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Organisations organisations;

    @Autowired
    ServiceRecords serviceRecords;

    @Test
    void aLaterDateThatLeavesConfirmedServiceOutsideAsksFirstAndShowsHowMuch() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        organisations.register(alis.organisationId(), new SpecialtyRegistration(Specialty.ALLMENNMEDISIN,
                LocalDate.of(2020, 1, 1)), Actor.system());
        var period = serviceRecords.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 31), ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(100), false, null, null));
        serviceRecords.confirm(fresh.actor(fresh.departmentHeadOf(alis)), period.id());
        MockHttpSession admin = session(fresh.administratorOf(alis));

        MvcResult asked = register(admin, "2026-10-01", null);
        String page = asked.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asked.getResponse().getStatus()).isEqualTo(422);
        assertThat(page).contains("Med den nye datoen dekker ikke registreringen lenger dagene fra 01.01.2020 til "
                        + "01.10.2026. I dette tidsrommet har 1 kandidat til sammen 1 bekreftet tjenesteperiode,")
                .contains("<a class=\"ds-link\" href=\"#confirm\">Bekreft: Med den nye datoen")
                .contains("id=\"confirm\" name=\"confirm\" value=\"true\"");
        assertThat(registeredFrom(alis)).as("nothing changed").isEqualTo(LocalDate.of(2020, 1, 1));

        assertThat(register(admin, "2026-10-01", "true").getResponse().getStatus()).isEqualTo(302);
        assertThat(registeredFrom(alis)).isEqualTo(LocalDate.of(2026, 10, 1));

        assertThat(register(admin, "2026-08-01", null).getResponse().getStatus()).as("earlier: nothing falls out")
                .isEqualTo(302);
        assertThat(register(admin, "2026-09-01", null).getResponse().getStatus())
                .as("later, but the days between hold no confirmed service").isEqualTo(302);
        assertThat(registeredFrom(alis)).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    private MvcResult register(MockHttpSession admin, String from, String confirm) throws Exception {
        var request = post("/admin/organisation/registrations").session(admin).with(csrf())
                .param("specialty", "ALLMENNMEDISIN").param("registeredFrom", from);
        if (confirm != null) {
            request.param("confirm", confirm);
        }
        return mvc.perform(request).andReturn();
    }

    private LocalDate registeredFrom(FreshCandidates.FreshCandidate alis) {
        return organisations.registrations(alis.organisationId()).stream()
                .filter(registration -> registration.specialty() == Specialty.ALLMENNMEDISIN)
                .findFirst().orElseThrow().registeredFrom();
    }

    private MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
