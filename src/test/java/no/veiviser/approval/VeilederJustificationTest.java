package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** Where the municipality asks for it, the veileder's recommendation needs her written justification. */
@IntegrationTest
class VeilederJustificationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Organisations organisations;

    private GoalAssessment submitted;

    @BeforeEach
    void aSubmittedGoalInAMunicipalityThatAsksForTheJustification() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID organisation = enrolments.of(alis.id()).get(0).organisationId();
        organisations.requireVeilederJustification(organisation, true, Actor.system());
        submitted = approvals.submit(TestActors.person(alis.id()), "ALM-042", "Ti felleskonsultasjoner");
    }

    @Test
    void theVeilederIsAskedForItAndRefusedWithoutIt() throws Exception {
        MockHttpSession kari = signIn("kari.nordby");
        assertThat(page("/recommendations", kari))
                .contains("Begrunnelse (kommunen ber om veileders begrunnelse)");

        mvc.perform(post("/recommendations/" + submitted.id()).param("comment", " ").session(kari).with(csrf()));
        assertThat(page("/recommendations", kari))
                .contains("Kommunen ber om veileders begrunnelse. Skriv begrunnelsen for anbefalingen.");
        assertThat(recommendations()).isZero();

        mvc.perform(post("/recommendations/" + submitted.id()).param("comment", "Har sett henne i ti konsultasjoner")
                .session(kari).with(csrf()));
        assertThat(recommendations()).isEqualTo(1);
    }

    @Test
    void aSupervisorRecommendsWithoutWriting() throws Exception {
        MockHttpSession jon = signIn("jon.bakke");
        assertThat(page("/recommendations", jon)).doesNotContain("Begrunnelse (kommunen ber om veileders begrunnelse)");
        mvc.perform(post("/recommendations/" + submitted.id()).session(jon).with(csrf()));
        assertThat(recommendations()).isEqualTo(1);
    }

    private long recommendations() {
        return approvals.history(submitted.id()).stream()
                .filter(event -> event.kind() == AssessmentEvent.Kind.RECOMMENDED).count();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
