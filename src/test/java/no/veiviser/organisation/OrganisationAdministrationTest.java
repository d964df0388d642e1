package no.veiviser.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.veiviser.IntegrationTest;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Registrations per specialty and the municipalities of a consortium. */
@IntegrationTest
class OrganisationAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationFixtures fixtures;

    @Test
    void aRegistrationDateCanBeSetAndCorrectedAndTheNewDateIsInThePlan() throws Exception {
        var created = fixtures.create(OrganisationKind.MUNICIPALITY, mvc);
        register(created, "ALLMENNMEDISIN", "2019-06-01").andExpect(status().is3xxRedirection());
        register(created, "ALLMENNMEDISIN", "2019-05-23").andExpect(status().is3xxRedirection());
        assertThat(organisations.registrations(created.organisation().id()))
                .containsExactly(new SpecialtyRegistration(Specialty.ALLMENNMEDISIN, LocalDate.of(2019, 5, 23)));
        String plan = mvc.perform(get("/plan").session(created.admin()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plan).contains("Registrert for allmennmedisin fra 23. mai 2019");
    }

    @Test
    void theAdministratorDecidesWhetherTheVeilederMustWriteAJustification() throws Exception {
        var created = fixtures.create(OrganisationKind.MUNICIPALITY, mvc);
        assertThat(organisations.requiresVeilederJustification(created.organisation().id())).isFalse();
        mvc.perform(post("/admin/organisation/approval-settings").param("veilederJustificationRequired", "true")
                        .session(created.admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.requiresVeilederJustification(created.organisation().id())).isTrue();
        mvc.perform(post("/admin/organisation/approval-settings").session(created.admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.requiresVeilederJustification(created.organisation().id())).isFalse();
    }

    @Test
    void aBadDateIsRefusedAndNothingIsRegistered() throws Exception {
        var created = fixtures.create(OrganisationKind.MUNICIPALITY, mvc);
        String page = register(created, "ALLMENNMEDISIN", "23.05.2019").andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Skriv datoen som åååå-mm-dd, for eksempel 2019-05-23.").contains("value=\"23.05.2019\"");
        assertThat(organisations.registrations(created.organisation().id())).isEmpty();
    }

    @Test
    void aConsortiumHasOneAdministeringMunicipality() throws Exception {
        var created = fixtures.create(OrganisationKind.CONSORTIUM, mvc);
        addMember(created, "Bergen", true).andExpect(status().is3xxRedirection());
        addMember(created, "Askøy", false).andExpect(status().is3xxRedirection());
        addMember(created, "Voss", true).andExpect(status().is3xxRedirection());
        assertThat(organisations.members(created.organisation().id())).containsExactly(
                new ConsortiumMember("Voss", true), new ConsortiumMember("Askøy", false), new ConsortiumMember("Bergen", false));

        String page = addMember(created, "bergen", false).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("bergen er allerede med i samarbeidet.");
        assertThat(organisations.members(created.organisation().id())).hasSize(3);
    }

    @Test
    void aSingleMunicipalityHasNoMembers() throws Exception {
        var created = fixtures.create(OrganisationKind.MUNICIPALITY, mvc);
        String page = addMember(created, "Lier", false).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bare et samarbeid mellom flere kommuner har medlemskommuner.");
    }

    private org.springframework.test.web.servlet.ResultActions register(
            OrganisationFixtures.AdministeredOrganisation created, String specialty, String from) throws Exception {
        return mvc.perform(post("/admin/organisation/registrations").session(created.admin()).with(csrf())
                .param("specialty", specialty).param("registeredFrom", from));
    }

    private org.springframework.test.web.servlet.ResultActions addMember(
            OrganisationFixtures.AdministeredOrganisation created, String municipality, boolean administering)
            throws Exception {
        var request = post("/admin/organisation/members").session(created.admin()).with(csrf()).param("municipality", municipality);
        return mvc.perform(administering ? request.param("administering", "yes") : request);
    }
}
