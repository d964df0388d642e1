package no.veiviser.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.TestFiles;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Clinical topic courses count by topic (docs/rules/ALIS-COURSES.md): six different topics of at
 * least 15 hours each. The certificate records the topic, and readiness counts from it. Before, the
 * topic was not recorded and the requirement stayed undetermined for every stored candidate.
 */
@IntegrationTest
class ClinicalTopicCoursesTest {

    private static final String TOPIC_COURSE = "KLINISKE-EMNEKURS";

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    private FreshCandidates.FreshCandidate alis;
    private MockHttpSession candidate;

    @BeforeEach
    void aFreshAlis() throws Exception {
        alis = fresh.alis();
        candidate = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    /**
     * By hand: "Hudsykdommer" 15 h and "hudsykdommer" 20 h are one topic; "Barnesykdommer" 15 h and
     * "Psykiatri" 16 h count; "Øyesykdommer" 14 h is too short. Three topics of six.
     */
    @Test
    void differentTopicsOfFifteenHoursCountAndTheSameTopicCountsOnce() throws Exception {
        certificate("Hudsykdommer", "15");
        certificate("hudsykdommer", "20");
        certificate("Barnesykdommer", "15");
        certificate("Psykiatri", "16");
        certificate("Øyesykdommer", "14");
        portfolio.signAll(TestActors.person(fresh.person("jon.bakke")),
                portfolio.awaiting(TestActors.person(fresh.person("jon.bakke"))).stream()
                        .filter(waiting -> waiting.activity().candidateId().equals(alis.id()))
                        .map(waiting -> waiting.request().id()).toList());

        mvc.perform(get("/api/v1/candidates/{id}/readiness", alis.id()).header("X-Requested-With", "test")
                        .with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[?(@.id == 'courses.clinicalTopics')].status").value("NOT_MET"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'courses.clinicalTopics')].have").value(3))
                .andExpect(jsonPath("$.requirements[?(@.id == 'courses.clinicalTopics')].need").value(6));
        mvc.perform(get("/candidates/{id}/readiness", alis.id()).session(candidate))
                .andExpect(content().string(Matchers.containsString("Psykiatri")))
                .andExpect(content().string(Matchers.containsString("Øyesykdommer")));
    }

    @Test
    void aCorrectedTopicCourseKeepsItsTopic() throws Exception {
        certificate("Geriatri", "12");
        UUID jon = fresh.person("jon.bakke");
        LearningActivity signed = signAllOf(jon).get(0);

        LearningActivity corrected = portfolio.correct(TestActors.person(alis.id()), signed.id(), new NewActivity(
                ActivityType.COURSE, signed.description(), signed.performedOn(), null, null, null, BigDecimal.valueOf(15),
                signed.goalCodes()), "Kurset var på 15 timer, ikke 12.");
        portfolio.sign(TestActors.person(jon), portfolio.requestSignature(TestActors.person(alis.id()), corrected.id(), jon).id(), null);

        mvc.perform(get("/api/v1/candidates/{id}/readiness", alis.id()).header("X-Requested-With", "test")
                        .with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.requirements[?(@.id == 'courses.clinicalTopics')].have").value(1));
    }

    @Test
    void aTopicCourseWithoutItsTopicIsRefusedAndNothingIsRecorded() throws Exception {
        mvc.perform(get("/activities/course-certificate").param("course", TOPIC_COURSE).session(candidate))
                .andExpect(content().string(Matchers.containsString("name=\"topic\"")));
        mvc.perform(multipart("/activities/course-certificate").file(file()).session(candidate).with(csrf())
                        .param("course", TOPIC_COURSE).param("completedOn", "2026-11-02").param("hours", "15")
                        .param("topic", "  ").param("goalCodes", "ALM-060"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Skriv emnet for kurset.")));
        assertThat(portfolio.of(alis.id())).isEmpty();
        mvc.perform(get("/api/v1/courses/{code}/proposal", TOPIC_COURSE).header("X-Requested-With", "test")
                        .with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.topicRequired").value(true));
    }

    private void certificate(String topic, String hours) throws Exception {
        mvc.perform(multipart("/activities/course-certificate").file(file()).session(candidate).with(csrf())
                        .param("course", TOPIC_COURSE).param("completedOn", "2026-11-02").param("hours", hours)
                        .param("topic", topic).param("goalCodes", "ALM-060", "ALM-061")
                        .param("sendTo", fresh.person("jon.bakke").toString()))
                .andExpect(redirectedUrl("/activities"));
        mvc.perform(get("/activities").session(candidate)).andExpect(status().isOk());
    }

    private List<LearningActivity> signAllOf(UUID signer) {
        var waiting = portfolio.awaiting(TestActors.person(signer)).stream()
                .filter(request -> request.activity().candidateId().equals(alis.id())).toList();
        portfolio.signAll(TestActors.person(signer), waiting.stream().map(request -> request.request().id()).toList());
        return waiting.stream().map(request -> portfolio.of(alis.id()).stream()
                .filter(activity -> activity.id().equals(request.activity().id())).findFirst().orElseThrow()).toList();
    }

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "emnekurs.pdf", "application/pdf", TestFiles.pdf());
    }
}
