package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.approval.internal.AssessmentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A goal is sent for approval from a page of its own: the goals page lists 100 goals and links to
 * it, instead of carrying a form for each.
 */
@IntegrationTest
class GoalSubmissionPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    AssessmentRepository assessments;

    @Test
    void theGoalsPageLinksToEachGoalsSubmissionInsteadOfCarryingItsForm() throws Exception {
        MockHttpSession session = signIn(fresh.alis().username());

        String goals = page(session, "/goals");

        assertThat(goals).doesNotContain("<textarea").doesNotContain("action=\"/goals/ALM-001/submit\"")
                .contains("href=\"/goals/ALM-001/submit\" aria-label=\"Send ALM-001 til godkjenning\"");
        assertThat(goals.split("href=\"/goals/[A-Z0-9-]+/submit\"", -1)).hasSize(88 + 14 + 1);
    }

    @Test
    void sheSendsAGoalWithHerJustificationAndIsToldWhenItHasGoneAlready() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession session = signIn(alis.username());

        String form = page(session, "/goals/ALM-012/submit");
        assertThat(form).contains("<h1 class=\"ds-heading\" data-size=\"lg\">Send ALM-012 til godkjenning</h1>")
                .contains("<span lang=\"nb\">Selvstendig kunne utføre sakkyndighetsvurderinger")
                .contains("Ikke startet").contains("<textarea").contains("name=\"justification\"");

        MvcResult sent = mvc.perform(post("/goals/ALM-012/submit").session(session).with(csrf())
                .param("justification", "Drøftet i veiledning")).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/goals#ALM-012");
        assertThat(assessments.find(alis.id(), "ALM-012")).get()
                .satisfies(assessment -> assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED))
                .satisfies(assessment -> assertThat(assessment.candidateJustification()).isEqualTo("Drøftet i veiledning"));

        var refused = mvc.perform(post("/goals/ALM-012/submit").session(session).with(csrf())
                .param("justification", "En gang til")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Læringsmålet er allerede sendt til godkjenning eller godkjent.")
                .contains("class=\"ds-error-summary\"").contains("Sendt til godkjenning");
        assertThat(assessments.find(alis.id(), "ALM-012").orElseThrow().candidateJustification()).isEqualTo("Drøftet i veiledning");
    }

    @Test
    void aGoalOutsideHerCatalogsHasNoSubmissionPage() throws Exception {
        MockHttpSession session = signIn(fresh.alis().username());

        assertThat(mvc.perform(get("/goals/XYZ-999/submit").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/goals/SAM-001/submit").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
