package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A recommender can say "not yet", with a reason, instead of only recommending: it answers that
 * submission, never counts as a recommendation, tells the candidate, and shows the approver why.
 */
@IntegrationTest
class NotYetRecommendationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVeiledersNotYetIsHerAnswerWithAReasonAndNotARecommendation() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID assessment = approvals.submit(TestActors.person(alis.id()), "ALM-042", "Én felleskonsultasjon").id();
        MockHttpSession kari = session("kari.nordby", "demo");

        String refused = answer(kari, assessment, "");
        assertThat(refused).contains("Skriv hvorfor målet ikke kan anbefales ennå, så kandidaten vet hva som mangler.");

        String answered = answer(kari, assessment, "Trenger minst tre felleskonsultasjoner før anbefaling");
        assertThat(answered).contains("Svaret «ikke ennå» er registrert.").doesNotContain(assessment.toString());
        assertThatThrownBy(() -> approvals.recommend(TestActors.person(fresh.person("kari.nordby")), assessment, "Likevel"))
                .isInstanceOf(InvalidInputException.class).hasMessage("approval.alreadyRecommended");

        String approver = page(session("tone.haugland", "demo"), "/approvals");
        String row = approver.substring(approver.indexOf(assessment.toString()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Ikke ennå, sier Veileder: «Trenger minst tre felleskonsultasjoner før anbefaling»")
                .contains("Mangler anbefaling fra veileder");
        assertThat(jdbc.sql("select subject from outbox_message where recipient_id = ?").param(alis.id())
                .query(String.class).list()).contains("Et læringsmål kan ikke anbefales ennå");

        approvals.recall(TestActors.person(alis.id()), assessment);
        approvals.submit(TestActors.person(alis.id()), "ALM-042", "Tre felleskonsultasjoner");
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), assessment, "Anbefales nå");
    }

    private String answer(MockHttpSession session, UUID assessment, String reason) throws Exception {
        mvc.perform(post("/recommendations/" + assessment).session(session).with(csrf())
                .param("decision", "notYet").param("comment", reason));
        return page(session, "/recommendations");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession session(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
