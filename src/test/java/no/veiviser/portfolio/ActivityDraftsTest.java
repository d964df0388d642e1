package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A candidate changes and deletes her own drafts, and takes back an activity she sent until it is
 * decided; each step is audited, nothing is deleted from the database, and the signer's queue follows.
 */
@IntegrationTest
class ActivityDraftsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sheEditsADraftTakesBackWhatSheSentAndDeletesWhatSheNoLongerWants() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID id = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION,
                "Felleskonsultasjon", LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
        MockHttpSession session = session(alis.username());

        mvc.perform(post("/activities/" + id + "/edit").session(session).with(csrf()).param("type", "JOINT_CONSULTATION")
                .param("performedOn", "2026-10-06").param("description", "Felleskonsultasjon om brystsmerter")
                .param("goalCodes", "ALM-042 ALM-043"));
        assertThat(page(session, "/activities/" + id)).contains("Endringene er lagret.").contains("Felleskonsultasjon om brystsmerter");
        assertThat(portfolio.ownActivity(TestActors.person(alis.id()), id).goalCodes()).containsExactly("ALM-042", "ALM-043");

        UUID request = portfolio.requestSignature(TestActors.person(alis.id()), id, jon).id();
        assertThat(awaitingJon(jon)).contains(request);
        mvc.perform(post("/activities/" + id + "/withdraw").session(session).with(csrf()));
        assertThat(page(session, "/activities/" + id)).contains("Aktiviteten er trukket tilbake og er et utkast igjen.")
                .contains("trukket tilbake før Jon Bakke hadde svart");
        assertThat(awaitingJon(jon)).doesNotContain(request);
        assertThatThrownBy(() -> portfolio.sign(TestActors.person(jon), request, null)).isInstanceOf(ConflictException.class);

        mvc.perform(post("/activities/" + id + "/discard").session(session).with(csrf()));
        assertThat(page(session, "/activities")).contains("Aktiviteten er slettet.").doesNotContain("Felleskonsultasjon om brystsmerter");
        assertThat(jdbc.sql("select status from learning_activity where id = ?").param(id).query(String.class).single())
                .as("kept, not deleted").isEqualTo("DISCARDED");
        assertThat(jdbc.sql("select action from audit_event where subject_id = ? and action like 'activity.%' order by occurred_at")
                .param(id.toString()).query(String.class).list())
                .containsSubsequence("activity.edited", "activity.withdrawn", "activity.discarded");
    }

    @Test
    void somethingSignedCannotBeTakenBackNorSomeoneElsesDraftChanged() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID id = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.OTHER, "Notat",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-001"))).id();
        portfolio.sign(TestActors.person(jon), portfolio.requestSignature(TestActors.person(alis.id()), id, jon).id(), null);

        MockHttpSession session = session(alis.username());
        mvc.perform(post("/activities/" + id + "/withdraw").session(session).with(csrf()));
        assertThat(page(session, "/activities/" + id))
                .contains("Aktiviteten kan ikke trekkes tilbake: den er allerede signert eller avvist.");
        FreshCandidates.FreshCandidate other = fresh.alis();
        assertThat(mvc.perform(post("/activities/" + id + "/discard").session(session(other.username())).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** A rejected activity was a dead end: she could only send the same text again. */
    @Test
    void sheFixesARejectedActivityAndSendsItAgainWhileTheRejectionStaysInItsHistory() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID id = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION,
                "Konsultasjon", LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
        UUID rejected = portfolio.requestSignature(TestActors.person(alis.id()), id, jon).id();
        portfolio.reject(TestActors.person(jon), rejected, "Beskriv hva du gjorde selv");
        MockHttpSession session = session(alis.username());
        assertThat(page(session, "/activities/" + id)).contains("Rett opp og send på nytt");

        mvc.perform(post("/activities/" + id + "/edit").session(session).with(csrf()).param("type", "JOINT_CONSULTATION")
                .param("performedOn", "2026-10-05").param("description", "Felleskonsultasjon: jeg undersøkte og foreslo plan")
                .param("goalCodes", "ALM-042"));
        assertThat(portfolio.ownActivity(TestActors.person(alis.id()), id).status()).isEqualTo(ActivityStatus.DRAFT);
        mvc.perform(post("/activities/" + id + "/send").session(session).with(csrf()).param("signerId", jon.toString()));

        assertThat(portfolio.ownActivity(TestActors.person(alis.id()), id).status()).isEqualTo(ActivityStatus.SENT);
        assertThat(portfolio.awaiting(TestActors.person(jon))).anySatisfy(waiting ->
                assertThat(waiting.activity().description()).isEqualTo("Felleskonsultasjon: jeg undersøkte og foreslo plan"));
        assertThat(page(session, "/activities/" + id)).contains("Beskriv hva du gjorde selv");
    }

    private List<UUID> awaitingJon(UUID jon) {
        return portfolio.awaiting(TestActors.person(jon)).stream().map(waiting -> waiting.request().id()).toList();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
