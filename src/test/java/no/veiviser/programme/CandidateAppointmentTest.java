package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** The department head appoints a candidate's veileder in the browser; the rule and access hold. */
@IntegrationTest
class CandidateAppointmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Organisations organisations;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient jdbc;

    private UUID candidate;

    @BeforeEach
    void aNewAlisWithoutAVeileder() {
        candidate = people.register(new NewPerson("Uten", "Veileder", null, Profession.PHYSICIAN, null), Actor.system()).id();
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, LocalDate.of(2026, 10, 1), null, null, BigDecimal.valueOf(100), null, null), Actor.system());
    }

    @Test
    void theDepartmentHeadAppointsASpecialistAsVeileder() throws Exception {
        MockHttpSession head = signIn("eirik.strand");
        mvc.perform(post("/candidates/" + candidate + "/relationships").session(head).with(csrf())
                        .param("kind", "VEILEDER").param("personId", person("anders.lie").toString())
                        .param("validFrom", "2026-10-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(relationships.holds(person("anders.lie"), candidate, EnumSet.of(RelationshipKind.VEILEDER),
                LocalDate.of(2026, 10, 1))).isTrue();
        String page = mvc.perform(get("/candidates/" + candidate).session(head))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Anders Lie").contains("Pågår");
    }

    @Test
    void aNurseCannotBeAppointedVeilederAndTheReasonIsShown() throws Exception {
        MockHttpSession head = signIn("eirik.strand");
        var redirect = mvc.perform(post("/candidates/" + candidate + "/relationships").session(head).with(csrf())
                        .param("kind", "VEILEDER").param("personId", person("line.moen").toString())
                        .param("validFrom", "2026-10-01"))
                .andReturn();
        String page = mvc.perform(get("/candidates/" + candidate).session(head)
                        .flashAttrs(redirect.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Personen er ikke spesialist i allmennmedisin og har ikke tidsavgrenset fritak");
        assertThat(relationships.ofCandidates(java.util.Set.of(candidate))).isEmpty();
    }

    @Test
    void onlyTheDepartmentHeadOfHerOrganisationSeesTheFile() throws Exception {
        mvc.perform(get("/candidates/" + candidate).session(signIn("kari.nordby"))).andExpect(status().isNotFound());
        mvc.perform(post("/candidates/" + candidate + "/relationships").session(signIn("tone.haugland")).with(csrf())
                        .param("kind", "SUPERVISOR").param("personId", person("jon.bakke").toString())
                        .param("validFrom", "2026-10-01"))
                .andExpect(status().isNotFound());
        assertThat(relationships.ofCandidates(java.util.Set.of(candidate))).isEmpty();
    }

    @Test
    void theDepartmentHeadAppointsOnlyPeopleOfHerOrganisationInRolesThatFit() throws Exception {
        MockHttpSession head = signIn("eirik.strand");
        assertAppointmentRefused(head, "VEILEDER", person("nora.eide"), 302, "another candidate");
        assertAppointmentRefused(head, "APPROVER", person("admin"), 302, "the administrator as approver");
        assertAppointmentRefused(head, "APPROVER", person("jon.bakke"), 302, "a supervisor as approver");
        UUID elsewhere = people.register(new NewPerson("Annen", "Kommune", null, Profession.PHYSICIAN, null), Actor.system()).id();
        people.grantRole(elsewhere, organisations.create("Annen kommune " + elsewhere, null,
                no.veiviser.organisation.OrganisationKind.MUNICIPALITY, Actor.system()).id(),
                no.veiviser.identity.Role.SUPERVISOR, Actor.system());
        assertAppointmentRefused(head, "SUPERVISOR", elsewhere, 404, "a person of another organisation");
        assertAppointmentRefused(head, "SUPERVISOR", UUID.randomUUID(), 404, "nobody");
        assertThat(relationships.ofCandidates(java.util.Set.of(candidate))).isEmpty();

        MockHttpSession again = signIn("eirik.strand");
        String page = mvc.perform(get("/candidates/" + candidate).session(again).flashAttrs(
                        mvc.perform(post("/candidates/" + candidate + "/relationships").session(again).with(csrf())
                                .param("kind", "APPROVER").param("personId", person("jon.bakke").toString())
                                .param("validFrom", "2026-10-01")).andReturn().getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Personen har ikke en rolle i organisasjonen som passer til denne oppgaven");

        mvc.perform(post("/api/v1/candidates/" + candidate + "/relationships").with(
                                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                        .httpBasic("eirik.strand", "demo"))
                        .contentType("application/json")
                        .content("{\"personId\":\"" + UUID.randomUUID() + "\",\"kind\":\"SUPERVISOR\",\"validFrom\":\"2026-10-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/candidates/" + candidate + "/relationships").session(head).with(csrf())
                        .param("kind", "SUPERVISOR").param("personId", person("jon.bakke").toString())
                        .param("validFrom", "2026-10-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(relationships.ofCandidates(java.util.Set.of(candidate))).extracting(SupervisionRelationship::personId)
                .containsExactly(person("jon.bakke"));
    }

    private void assertAppointmentRefused(MockHttpSession head, String kind, UUID personId, int status, String who)
            throws Exception {
        int answered = mvc.perform(post("/candidates/" + candidate + "/relationships").session(head).with(csrf())
                        .param("kind", kind).param("personId", personId.toString()).param("validFrom", "2026-10-01"))
                .andReturn().getResponse().getStatus();
        assertThat(answered).as(who).isEqualTo(status);
        assertThat(relationships.ofCandidates(java.util.Set.of(candidate))).as(who).isEmpty();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private UUID person(String username) {
        return jdbc.sql("select person_id from account where username = :username").param("username", username)
                .query(UUID.class).single();
    }
}
