package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.organisation.Organisations;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A department head of a fresh municipality enrols a doctor and adds a supervisor from outside; each
 * gets a one-time invitation link, sets up her sign-in with it and signs in.
 */
@IntegrationTest
class AdmissionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    no.veiviser.identity.Invitations invitations;

    private String suffix;
    private MockHttpSession head;

    @BeforeEach
    void aMunicipalityWithADepartmentHead() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = organisations.create("Test " + suffix, null, OrganisationKind.MUNICIPALITY, Actor.system()).id();
        UUID person = people.register(new NewPerson("Test", "Avdelingsleder", null, Profession.PHYSICIAN, null), Actor.system()).id();
        people.createLocalAccount(person, "head-" + suffix, "secret-" + suffix, Actor.system());
        people.grantRole(person, organisation, Role.DEPARTMENT_HEAD, Actor.system());
        head = signIn("head-" + suffix, "secret-" + suffix);
    }

    @Test
    void anEnrolledDoctorIsInvitedAndSetsUpHerSignIn() throws Exception {
        String email = "lege." + suffix + "@example.no";
        enrol(email).andExpect(redirectedUrl("/candidates"));

        UUID doctor = personWithEmail(email);
        Enrolment enrolment = enrolments.of(doctor).get(0);
        assertThat(enrolment.programme()).isEqualTo(ProgrammeType.ALIS);
        assertThat(enrolment.positionPercent()).isEqualByComparingTo("80");
        assertThat(enrolments.assignedCatalogs(enrolment.id())).extracting(version -> version.catalog())
                .containsExactlyInAnyOrder(CatalogCode.ALM, CatalogCode.FKM);
        assertThat(page("/candidates", head)).contains("Ingrid Haug");

        String link = invitationLink(doctor);
        assertThat(page(link, new MockHttpSession())).contains("Velkommen, Ingrid Haug.");

        accept(link, "ingrid." + suffix, "kort", "kort")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Passordet må ha minst 12 tegn.")));
        accept(link, "ingrid." + suffix, "en lang nok setning", "en annen setning")
                .andExpect(content().string(Matchers.containsString("Passordene er ikke like.")));
        assertThat(people.hasAccount("ingrid." + suffix)).isFalse();

        accept(link, "ingrid." + suffix, "en lang nok setning", "en lang nok setning")
                .andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("ingrid." + suffix).password("en lang nok setning"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());

        // The link is used up.
        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Invitasjonen er allerede brukt eller har gått ut.")));
        accept(link, "ingrid2." + suffix, "en lang nok setning", "en lang nok setning").andExpect(status().isNotFound());
    }

    @Test
    void aSecondPersonWithTheSameAddressIsRefusedAndNothingIsSaved() throws Exception {
        String email = "dobbel." + suffix + "@example.no";
        enrol(email).andExpect(redirectedUrl("/candidates"));
        enrol(email.toUpperCase(java.util.Locale.ROOT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("er allerede registrert på en person")));
        assertThat(jdbc.sql("select count(*) from person where lower(email) = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aNurseFromOutsideTheMunicipalityBecomesSupervisorAndIsInvited() throws Exception {
        String email = "lege2." + suffix + "@example.no";
        enrol(email);
        UUID doctor = personWithEmail(email);
        String nurseEmail = "sykepleier." + suffix + "@nabokommune.no";

        mvc.perform(post("/candidates/" + doctor + "/supervisors").session(head).with(csrf())
                        .param("givenName", "Hege").param("familyName", "Moe").param("email", nurseEmail)
                        .param("title", "Helsesykepleier").param("profession", "NURSE").param("validFrom", "2026-12-01"))
                .andExpect(redirectedUrl("/candidates/" + doctor));

        UUID nurse = personWithEmail(nurseEmail);
        assertThat(relationships.ofCandidates(List.of(doctor))).anySatisfy(relationship -> {
            assertThat(relationship.personId()).isEqualTo(nurse);
            assertThat(relationship.kind()).isEqualTo(RelationshipKind.SUPERVISOR);
            assertThat(relationship.validFrom()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        });
        assertThat(people.find(nurse).orElseThrow().profession()).isEqualTo(Profession.NURSE);
        assertThat(invitationLink(nurse)).startsWith("/invitations/");
    }

    @Test
    void theApiEnrolsOnceWhenTheCallIsRetriedWithTheSameKey() throws Exception {
        String email = "api." + suffix + "@example.no";
        String body = """
                {"givenName":"Per","familyName":"Vik","email":"%s","programme":"LIS1","scheme":"NEW",
                 "startDate":"2027-03-01","positionPercent":100}""".formatted(email);
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/candidates").with(httpBasic("head-" + suffix, "secret-" + suffix))
                            .header("Idempotency-Key", "enrol-" + suffix).contentType("application/json").content(body))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value("Per Vik"));
        }
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
        assertThat(enrolments.of(personWithEmail(email)).get(0).programme()).isEqualTo(ProgrammeType.LIS1);
    }

    /** A start decades ahead or a conversion before the start is a slip: refused with what was expected. */
    @Test
    void anImplausibleStartOrConversionIsRefusedAndNothingIsStored() throws Exception {
        String email = "slip." + suffix + "@example.no";
        String latest = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(java.time.LocalDate.now(no.veiviser.shared.TimeConfiguration.OSLO).plusYears(1));
        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "Ola").param("familyName", "Nord").param("email", email)
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2062-12-01")
                        .param("positionPercent", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString(
                        "Startdatoen er mer enn ett år fram i tid. Skriv en dato til og med " + latest + ".")));
        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "Ola").param("familyName", "Nord").param("email", email)
                        .param("programme", "ALIS").param("scheme", "CONVERTED").param("startDate", "2019-09-01")
                        .param("convertedOn", "2019-03-01").param("positionPercent", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString(
                        "Konverteringsdatoen kan ikke være før utdanningsløpet startet (01.09.2019).")));
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(email).query(Long.class).single()).isZero();
    }

    /** A second "Ola Nord" is flagged as a likely duplicate; once she says it is another person, he is enrolled. */
    @Test
    void aLikelyDuplicateIsFlaggedAndEnrolledOnlyWhenConfirmed() throws Exception {
        for (String email : new String[] {"first." + suffix + "@example.no", "second." + suffix + "@example.no"}) {
            mvc.perform(post("/candidates").session(head).with(csrf())
                    .param("givenName", "Ola").param("familyName", "Nord").param("email", email)
                    .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                    .param("positionPercent", "100"));
        }
        String second = "second." + suffix + "@example.no";
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(second).query(Long.class).single()).isZero();
        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "ola").param("familyName", "NORD").param("email", second)
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                        .param("positionPercent", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("ola NORD har allerede en rolle i organisasjonen.")))
                .andExpect(content().string(Matchers.containsString("name=\"notTheSamePerson\"")));
        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "Ola").param("familyName", "Nord").param("email", second)
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                        .param("positionPercent", "100").param("notTheSamePerson", "true"))
                .andExpect(redirectedUrl("/candidates"));
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(second).query(Long.class).single()).isOne();
    }

    @Test
    void theEmployerIsKeptAndAnArenaOfAnotherOrganisationIsRefused() throws Exception {
        String email = "arena." + suffix + "@example.no";
        UUID foreignArena = jdbc.sql("""
                select a.id from learning_arena a join education_organisation o on o.id = a.organisation_id
                 where o.name = 'Drammen kommune' limit 1""").query(UUID.class).single();
        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "Ola").param("familyName", "Nord").param("email", email)
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                        .param("positionPercent", "100").param("employer", "Strømsø legesenter")
                        .param("arenaId", foreignArena.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Velg en av organisasjonens læringsarenaer.")));
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(email).query(Long.class).single()).isZero();

        mvc.perform(post("/candidates").session(head).with(csrf())
                        .param("givenName", "Ola").param("familyName", "Nord").param("email", email)
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                        .param("positionPercent", "100").param("employer", "Strømsø legesenter").param("arenaId", ""))
                .andExpect(redirectedUrl("/candidates"));
        assertThat(enrolments.of(personWithEmail(email)).get(0).employer()).isEqualTo("Strømsø legesenter");
    }

    @Test
    void onlyADepartmentHeadEnrols() throws Exception {
        mvc.perform(post("/candidates").session(signIn("kari.nordby", "demo")).with(csrf())
                        .param("givenName", "Ikke").param("familyName", "Lov").param("email", "ikke." + suffix + "@example.no")
                        .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                        .param("positionPercent", "100"))
                .andExpect(status().isNotFound());
        assertThat(page("/candidates", signIn("kari.nordby", "demo"))).doesNotContain("Registrer ny kandidat");
    }

    private ResultActions enrol(String email) throws Exception {
        return mvc.perform(post("/candidates").session(head).with(csrf())
                .param("givenName", "Ingrid").param("familyName", "Haug").param("email", email)
                .param("programme", "ALIS").param("scheme", "NEW").param("startDate", "2026-12-01")
                .param("positionPercent", "80"));
    }

    private ResultActions accept(String link, String username, String password, String repeat) throws Exception {
        return mvc.perform(post(link).with(csrf()).param("username", username).param("password", password)
                .param("passwordRepeat", repeat));
    }

    private UUID personWithEmail(String email) {
        return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
    }

    /** The link as the mail delivery would make it (the outbox holds none). */
    private String invitationLink(UUID personId) {
        return invitations.issueLink(invitations.openInvitationOf(personId).orElseThrow(), Actor.system()).orElseThrow();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
    }
}
