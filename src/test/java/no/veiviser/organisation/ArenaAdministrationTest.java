package no.veiviser.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator keeps the arenas of her own organisation; bad input changes nothing, a stale
 * form overwrites nothing, another organisation's arena does not exist for her, and the coverage
 * check names a goal as soon as the last arena offering it leaves the plan.
 */
@IntegrationTest
class ArenaAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    LearningArenas arenas;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    AuditLog auditLog;

    private EducationOrganisation organisation;
    private MockHttpSession admin;

    /** A small municipality of its own per test, so that the demo stays as it is. */
    @BeforeEach
    void newMunicipalityWithAnAdministrator() throws Exception {
        var created = fixtures.create(OrganisationKind.MUNICIPALITY, mvc);
        organisation = created.organisation();
        admin = created.admin();
        organisations.register(organisation.id(), new no.veiviser.organisation.SpecialtyRegistration(no.veiviser.shared.Specialty.ALLMENNMEDISIN,
                java.time.LocalDate.of(2019, 3, 1)), no.veiviser.identity.Actor.system());
    }

    @Test
    void removingTheLastArenaThatOffersAGoalMakesTheCoverageCheckNameIt() throws Exception {
        UUID helsehus = addArena("Helsehuset", "INSTITUTION_SERVICE");
        UUID sykehus = addArena("Sykehuset", "EXTERNAL");
        linkGoal(helsehus, "ALM-055");
        linkGoal(sykehus, "ALM-055");
        assertThat(uncoveredCodes()).doesNotContain("ALM-055");

        archive(helsehus);
        assertThat(uncoveredCodes()).as("still offered by the hospital").doesNotContain("ALM-055");
        assertThat(plan()).doesNotContain("<strong>ALM-055</strong>");

        archive(sykehus);
        assertThat(uncoveredCodes()).contains("ALM-055");
        assertThat(plan()).contains("<strong>ALM-055</strong>");
    }

    @Test
    void anArenaWithoutANameIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        String page = mvc.perform(post("/admin/organisation/arenas").session(admin).with(csrf())
                        .param("name", "  ").param("type", "NURSING_HOME"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Skjemaet ble ikke lagret").contains("Fyll ut feltet.").contains("aria-invalid=\"true\"");
        assertThat(arenas.overview(organisation.id())).isEmpty();
    }

    @Test
    void twoArenasCannotHaveTheSameName() throws Exception {
        addArena("Legevakten", "OUT_OF_HOURS_SERVICE");
        String page = mvc.perform(post("/admin/organisation/arenas").session(admin).with(csrf())
                        .param("name", "legevakten").param("type", "OUT_OF_HOURS_SERVICE"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Det finnes allerede en læringsarena som heter «legevakten».");
        assertThat(arenas.overview(organisation.id())).hasSize(1);
    }

    @Test
    void anUnknownGoalCodeIsRefused() throws Exception {
        UUID arena = addArena("Sykehjemmet", "NURSING_HOME");
        String page = mvc.perform(post("/admin/organisation/arenas/" + arena + "/goals").session(admin).with(csrf())
                        .param("goalCode", "ALM-999"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Læringsmålet «ALM-999» finnes ikke i katalogene i bruk.");
        assertThat(arenas.arena(organisation.id(), arena).goals()).isEmpty();
    }

    @Test
    void aStaleFormOverwritesNothing() throws Exception {
        UUID arena = addArena("Helsestasjonen", "HEALTH_STATION");
        change(arena, "Helsestasjonen sentrum", 0).andExpect(status().is3xxRedirection());
        String page = change(arena, "Helsestasjonen vest", 0)
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Noen andre har endret arenaen mens du redigerte. Ingenting er overskrevet");
        assertThat(arenas.arena(organisation.id(), arena).arena().name()).isEqualTo("Helsestasjonen sentrum");
    }

    @Test
    void anotherOrganisationsArenaIsNotFound() throws Exception {
        UUID drammensLegevakt = arenas.overview(organisations.findByName("Drammen kommune").orElseThrow().id()).stream()
                .filter(arena -> arena.arena().name().equals("Legevakt")).findFirst().orElseThrow().arena().id();
        mvc.perform(get("/admin/organisation/arenas/" + drammensLegevakt).session(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/organisation/arenas/" + drammensLegevakt + "/archive").session(admin).with(csrf())
                .param("confirm", "yes")).andExpect(status().isNotFound());
    }

    @Test
    void changesAreAudited() throws Exception {
        UUID arena = addArena("Rehabilitering", "NURSING_HOME");
        linkGoal(arena, "ALM-031");
        assertThat(auditLog.about("learning_arena", arena.toString(), 10))
                .extracting(entry -> entry.action()).containsExactly("arena.goal.added", "arena.created");
    }

    private UUID addArena(String name, String type) throws Exception {
        String location = mvc.perform(post("/admin/organisation/arenas").session(admin).with(csrf())
                        .param("name", name).param("type", type))
                .andExpect(redirectedUrlPattern("/admin/organisation/arenas/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void linkGoal(UUID arena, String code) throws Exception {
        mvc.perform(post("/admin/organisation/arenas/" + arena + "/goals").session(admin).with(csrf())
                        .param("goalCode", code).param("activityInArena", "Klinisk tjeneste"))
                .andExpect(status().is3xxRedirection());
    }

    private void archive(UUID arena) throws Exception {
        mvc.perform(post("/admin/organisation/arenas/" + arena + "/archive").session(admin).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions change(UUID arena, String name, int version) throws Exception {
        return mvc.perform(post("/admin/organisation/arenas/" + arena).session(admin).with(csrf())
                .param("name", name).param("type", "HEALTH_STATION").param("version", String.valueOf(version)));
    }

    private java.util.List<String> uncoveredCodes() {
        return arenas.uncoveredGoals(organisation.id(), java.util.List.of(no.veiviser.catalog.CatalogCode.ALM, no.veiviser.catalog.CatalogCode.FKM)).values().stream().flatMap(java.util.List::stream)
                .map(goal -> goal.code()).toList();
    }

    private String plan() throws Exception {
        return mvc.perform(get("/plan").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
