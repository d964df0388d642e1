package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.audit.AuditLog;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo relationships: Jon Bakke supervises Nora Eide, Kari Nordby is her veileder, Sofie Dahl
 * supervises others but not Nora.
 */
@IntegrationTest
class PortfolioTest {

    @Autowired
    Portfolio portfolio;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** Activities are dated today: Nora's enrolment began two months ago and moves with the day. */
    @Autowired
    Clock clock;

    @Test
    void aJointConsultationIsRecordedSentToTheSupervisorAndSigned() {
        UUID nora = person("nora.eide");
        UUID jon = person("jon.bakke");
        LearningActivity activity = portfolio.record(TestActors.person(nora), jointConsultation("ALM-042"));
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);

        portfolio.requestSignature(TestActors.person(nora), activity.id(), jon);
        List<AwaitingSignature> waiting = portfolio.awaiting(TestActors.person(jon));
        AwaitingSignature mine = waiting.stream().filter(item -> item.activity().id().equals(activity.id())).findFirst().orElseThrow();
        assertThat(mine.candidateName()).isEqualTo("Nora Eide");

        portfolio.sign(TestActors.person(jon), mine.request().id(), "Godt gjennomført");
        assertThat(status(activity.id())).isEqualTo(ActivityStatus.SIGNED);
        assertThat(portfolio.awaiting(TestActors.person(jon))).noneMatch(item -> item.activity().id().equals(activity.id()));
        assertThat(auditLog.about("learning_activity", activity.id().toString(), 10))
                .extracting(entry -> entry.action()).containsExactly("activity.signed", "activity.sent", "activity.recorded");
    }

    @Test
    void aSignatureAndARejectionAtTheSameMomentGiveOneDecisionAndAConflictWithTheCurrentState() throws Exception {
        UUID nora = person("nora.eide");
        UUID jon = person("jon.bakke");
        LearningActivity activity = portfolio.record(TestActors.person(nora), jointConsultation("ALM-042"));
        UUID request = portfolio.requestSignature(TestActors.person(nora), activity.id(), jon).id();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var sign = pool.submit(() -> {
            start.await();
            portfolio.sign(TestActors.person(jon), request, null);
            return "signed";
        });
        var reject = pool.submit(() -> {
            start.await();
            portfolio.reject(TestActors.person(jon), request, "Mangler beskrivelse");
            return "rejected";
        });
        start.countDown();
        List<Object> outcomes = new java.util.ArrayList<>();
        for (var outcome : List.of(sign, reject)) {
            try {
                outcomes.add(outcome.get());
            } catch (java.util.concurrent.ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(no.veiviser.shared.ConflictException.class::isInstance).singleElement()
                .satisfies(conflict -> assertThat(((no.veiviser.shared.ConflictException) conflict).current())
                        .isInstanceOf(SignatureRequest.class));
        assertThatThrownBy(() -> portfolio.sign(TestActors.person(jon), request, null))
                .as("a decided request is a conflict for its signer, not a request that does not exist")
                .isInstanceOf(no.veiviser.shared.ConflictException.class);
        assertThatThrownBy(() -> portfolio.sign(TestActors.person(person("sofie.dahl")), request, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSupervisorWithoutARelationshipCannotBeAskedNorSign() {
        UUID nora = person("nora.eide");
        UUID sofie = person("sofie.dahl");
        UUID jon = person("jon.bakke");
        LearningActivity activity = portfolio.record(TestActors.person(nora), jointConsultation("ALM-043"));
        assertThatThrownBy(() -> portfolio.requestSignature(TestActors.person(nora), activity.id(), sofie))
                .isInstanceOf(InvalidInputException.class);

        portfolio.requestSignature(TestActors.person(nora), activity.id(), jon);
        UUID request = portfolio.awaiting(TestActors.person(jon)).stream().filter(item -> item.activity().id().equals(activity.id()))
                .findFirst().orElseThrow().request().id();
        assertThat(portfolio.awaiting(TestActors.person(sofie))).noneMatch(item -> item.activity().id().equals(activity.id()));
        assertThatThrownBy(() -> portfolio.sign(TestActors.person(sofie), request, null)).isInstanceOf(NotFoundException.class);
        assertThat(status(activity.id())).isEqualTo(ActivityStatus.SENT);
    }

    @Test
    void aRejectionNeedsAReasonAndTheActivityCanBeSentAgain() {
        UUID nora = person("nora.eide");
        UUID kari = person("kari.nordby");
        LearningActivity activity = portfolio.record(TestActors.person(nora), jointConsultation("ALM-044"));
        portfolio.requestSignature(TestActors.person(nora), activity.id(), kari);
        UUID request = requestFor(kari, activity.id());
        assertThatThrownBy(() -> portfolio.reject(TestActors.person(kari), request, " ")).isInstanceOf(InvalidInputException.class);
        portfolio.reject(TestActors.person(kari), request, "Mangler beskrivelse av konsultasjonen");
        assertThat(status(activity.id())).isEqualTo(ActivityStatus.REJECTED);
        assertThat(portfolio.latestRequestsOf(java.util.List.of(activity.id())).get(activity.id()).comment()).isEqualTo("Mangler beskrivelse av konsultasjonen");
        portfolio.requestSignature(TestActors.person(nora), activity.id(), kari);
        assertThat(status(activity.id())).isEqualTo(ActivityStatus.SENT);
    }

    @Test
    void aSignedActivityIsLocked() {
        UUID nora = person("nora.eide");
        UUID kari = person("kari.nordby");
        LearningActivity activity = portfolio.record(TestActors.person(nora), jointConsultation("ALM-045"));
        portfolio.requestSignature(TestActors.person(nora), activity.id(), kari);
        portfolio.sign(TestActors.person(kari), requestFor(kari, activity.id()), null);
        assertThatThrownBy(() -> portfolio.requestSignature(TestActors.person(nora), activity.id(), kari))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void severalActivitiesAreSignedAtOnce() {
        UUID sindre = person("sindre.holm");
        UUID anders = person("anders.lie");
        LearningActivity first = portfolio.record(TestActors.person(sindre), jointConsultation("ALM-046"));
        LearningActivity second = portfolio.record(TestActors.person(sindre), jointConsultation("ALM-047"));
        portfolio.requestSignature(TestActors.person(sindre), first.id(), anders);
        portfolio.requestSignature(TestActors.person(sindre), second.id(), anders);
        portfolio.signAll(TestActors.person(anders), List.of(requestFor(anders, first.id()), requestFor(anders, second.id())));
        assertThat(status(first.id())).isEqualTo(ActivityStatus.SIGNED);
        assertThat(status(second.id())).isEqualTo(ActivityStatus.SIGNED);
    }

    @Test
    void anInlineSignatureAnswersWithTheRowsReplacementOnly() throws Exception {
        UUID emma = person("emma.vik");
        UUID ida = person("ida.hovland");
        LearningActivity activity = portfolio.record(TestActors.person(emma), jointConsultation("ALM-044"));
        portfolio.requestSignature(TestActors.person(emma), activity.id(), ida);
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user("ida.hovland").password("demo")).andReturn().getRequest().getSession(false);
        String fragment = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/signing/" + requestFor(ida, activity.id())).session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("HX-Request", "true").param("decision", "sign"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fragment.trim()).startsWith("<tr>").contains("role=\"status\"").contains("Aktiviteten er signert.")
                .doesNotContain("<html");
        assertThat(status(activity.id())).isEqualTo(ActivityStatus.SIGNED);
    }

    @Test
    void goalsMustBeInTheCandidatesAssignedCatalogs() {
        UUID nora = person("nora.eide");
        assertThatThrownBy(() -> portfolio.record(TestActors.person(nora), jointConsultation("SAM-1")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("activity.goals.unknown"));
    }

    @Test
    void anOnCallShiftNeedsAStartBeforeItsEnd() {
        UUID nora = person("nora.eide");
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime start = today.atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toOffsetDateTime();
        var shift = new NewActivity(ActivityType.ON_CALL_SHIFT, "Kveldsvakt", today, start,
                start.minusHours(1), "Drammen legevakt", null, List.of("ALM-040"));
        assertThatThrownBy(() -> portfolio.record(TestActors.person(nora), shift)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("activity.shift.invalid"));
    }

    private NewActivity jointConsultation(String goal) {
        return new NewActivity(ActivityType.JOINT_CONSULTATION, "Felleskonsultasjon, pasient med brystsmerter",
                LocalDate.now(clock), null, null, null, null, List.of(goal));
    }

    private UUID requestFor(UUID signer, UUID activityId) {
        return portfolio.awaiting(TestActors.person(signer)).stream().filter(item -> item.activity().id().equals(activityId))
                .findFirst().orElseThrow().request().id();
    }

    private ActivityStatus status(UUID activityId) {
        return ActivityStatus.valueOf(jdbc.sql("select status from learning_activity where id = :id")
                .param("id", activityId).query(String.class).single());
    }

    private UUID person(String username) {
        return jdbc.sql("select person_id from account where username = :username").param("username", username)
                .query(UUID.class).single();
    }
}
