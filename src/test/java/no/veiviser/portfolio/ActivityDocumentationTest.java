package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.veiviser.TestActors;
import no.veiviser.identity.Actor;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files, comments, corrections and course certificates through the pages and the API, on a fresh
 * ALIS (see {@link FreshCandidates}).
 */
@IntegrationTest
class ActivityDocumentationTest {

    private static final byte[] PDF = no.veiviser.TestFiles.pdf();
    private static final byte[] PNG = no.veiviser.TestFiles.png();

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private MockHttpSession candidate;
    private UUID activity;

    @BeforeEach
    void aFreshAlisWithADraftActivity() throws Exception {
        alis = fresh.alis();
        candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.PRACTICE_VISIT, "Gjensidig praksisbesøk hos Bragernes legesenter",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
    }

    @Test
    void aPdfReportIsAttachedAndOnlyRelatedPeopleCanDownloadIt() throws Exception {
        mvc.perform(multipart("/activities/" + activity + "/attachments")
                        .file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", PDF)).session(candidate).with(csrf()))
                .andExpect(redirectedUrl("/activities/" + activity));
        UUID file = jdbc.sql("select attachment_id from activity_attachment where activity_id = ?").param(activity)
                .query(UUID.class).single();

        mvc.perform(get("/activities/" + activity).session(candidate))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("rapport.pdf")));
        MockHttpSession jon = signIn("jon.bakke", "demo");
        mvc.perform(get("/attachments/" + file).session(jon))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + file).session(signIn("kari.nordby", "demo"))).andExpect(status().isOk());
        portfolio.requestSignature(TestActors.person(alis.id()), activity, fresh.person("jon.bakke"));
        byte[] downloaded = mvc.perform(get("/attachments/" + file).session(jon))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        MockHttpSession sofie = signIn("sofie.dahl", "demo");
        mvc.perform(get("/attachments/" + file).session(sofie)).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity).session(sofie)).andExpect(status().isNotFound());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"rapport.pdf", "bilde.png", "bilde.jpg"})
    void aFileThatOnlyStartsLikeItsTypeIsRefusedAndNothingIsStored(String name) throws Exception {
        byte[] real = name.endsWith(".pdf") ? PDF : name.endsWith(".png") ? PNG : no.veiviser.TestFiles.jpeg();
        byte[] pretender = Arrays.copyOf(real, 24);
        mvc.perform(multipart("/activities/" + activity + "/attachments")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", pretender))
                        .session(candidate).with(csrf()))
                .andExpect(redirectedUrl("/activities/" + activity));
        mvc.perform(get("/activities/" + activity).session(candidate))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Filen kan ikke leses")));
        assertThat(filesOf(activity)).isZero();
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(multipart("/activities/" + activity + "/attachments")
                        .file(new MockMultipartFile("file", "kursbevis.pdf", "application/pdf", PNG)).session(candidate).with(csrf()))
                .andExpect(redirectedUrl("/activities/" + activity));
        mvc.perform(get("/activities/" + activity).session(candidate))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Filen må være PDF, PNG eller JPEG, og innholdet må stemme med filendelsen.")));
        assertThat(filesOf(activity)).isZero();
    }

    @Test
    void aFileAboveTheLimitIsRefused() throws Exception {
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/api/v1/activities/" + activity + "/attachments")
                        .file(new MockMultipartFile("file", "stor.pdf", "application/pdf", large))
                        .header("X-Requested-With", "test").with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("Filen er større enn 5 MB. Ingenting er lagret."));
        assertThat(filesOf(activity)).isZero();
    }

    @Test
    void noFileIsAddedOnceTheActivityIsSent() throws Exception {
        portfolio.requestSignature(TestActors.person(alis.id()), activity, fresh.person("jon.bakke"));
        mvc.perform(multipart("/api/v1/activities/" + activity + "/attachments")
                        .file(new MockMultipartFile("file", "sent.png", "image/png", PNG))
                        .header("X-Requested-With", "test").with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("attachment.locked"));
        assertThat(filesOf(activity)).isZero();
    }

    @Test
    void theSupervisorCommentsAndTheCandidateReadsIt() throws Exception {
        MockHttpSession jon = signIn("jon.bakke", "demo");
        mvc.perform(post("/activities/" + activity + "/comments").param("body", "Før den er sendt til meg")
                        .session(jon).with(csrf()))
                .andExpect(status().isNotFound());
        portfolio.requestSignature(TestActors.person(alis.id()), activity, fresh.person("jon.bakke"));
        mvc.perform(post("/activities/" + activity + "/comments").param("body", "Fint besøk, skriv litt mer om funnene.")
                        .session(jon).with(csrf()))
                .andExpect(redirectedUrl("/activities/" + activity));
        mvc.perform(get("/activities/" + activity).session(candidate))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fint besøk, skriv litt mer om funnene.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jon Bakke")));
        mvc.perform(post("/activities/" + activity + "/comments").param("body", "Ikke min kandidat")
                        .session(signIn("sofie.dahl", "demo")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from activity_comment where activity_id = ?").param(activity)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSignedActivityIsCorrectedAsANewVersionWithAReason() throws Exception {
        UUID jon = fresh.person("jon.bakke");
        SignatureRequest request = portfolio.requestSignature(TestActors.person(alis.id()), activity, jon);
        portfolio.sign(TestActors.person(jon), request.id(), "Signert");

        mvc.perform(post("/activities/" + activity + "/correction").session(candidate).with(csrf())
                        .param("type", "PRACTICE_VISIT").param("performedOn", "2026-10-06")
                        .param("description", "Gjensidig praksisbesøk hos Bragernes legesenter").param("goalCodes", "ALM-042")
                        .param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("reason-error")));
        assertThat(portfolio.of(alis.id())).hasSize(1);

        var corrected = mvc.perform(post("/activities/" + activity + "/correction").session(candidate).with(csrf())
                        .param("type", "PRACTICE_VISIT").param("performedOn", "2026-10-06")
                        .param("description", "Gjensidig praksisbesøk hos Bragernes legesenter").param("goalCodes", "ALM-042")
                        .param("reason", "Feil dato: besøket var 6. oktober"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        LearningActivity old = portfolio.ownActivity(TestActors.person(alis.id()), activity);
        LearningActivity correction = portfolio.ownActivity(TestActors.person(alis.id()), UUID.fromString(corrected.substring("/activities/".length())));
        assertThat(old.status()).isEqualTo(ActivityStatus.SUPERSEDED);
        assertThat(old.performedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(portfolio.requestsOf(new Actor(alis.id(), alis.organisationId(), java.util.Set.of(no.veiviser.identity.Role.CANDIDATE)), activity)).extracting(SignatureRequest::decision).containsExactly("SIGNED");
        assertThat(correction.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(correction.performedOn()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(correction.previousVersionId()).isEqualTo(activity);
        assertThat(correction.correctionReason()).isEqualTo("Feil dato: besøket var 6. oktober");

        // The superseded version cannot be corrected again; the draft is sent, not corrected.
        mvc.perform(post("/api/v1/activities/" + activity + "/corrections").with(httpBasic(alis.username(), FreshCandidates.PASSWORD))
                        .contentType("application/json").content("""
                                {"type":"PRACTICE_VISIT","description":"x","performedOn":"2026-10-07","goalCodes":["ALM-042"],"reason":"igjen"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("activity.correction.notSigned"));
    }

    @Test
    void aCourseCertificateProposesOneActivityPerGoalOfTheCourse() throws Exception {
        mvc.perform(get("/activities/course-certificate").param("course", "GRUNNKURS-A").session(candidate))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kursaktivitet for ALM-059")));
        mvc.perform(get("/api/v1/courses/GRUNNKURS-A/proposal").header("X-Requested-With", "test").with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.goalCodes.length()").value(19))
                .andExpect(jsonPath("$.goalCodes[0]").value("ALM-001"));

        mvc.perform(multipart("/activities/course-certificate").file(new MockMultipartFile("file", "grunnkurs-a.pdf",
                                "application/pdf", PDF)).session(candidate).with(csrf())
                        .param("course", "GRUNNKURS-A").param("completedOn", "2026-11-02")
                        .param("goalCodes", "ALM-001", "ALM-042", "ALM-059"))
                .andExpect(redirectedUrl("/activities"));

        List<LearningActivity> courses = portfolio.of(alis.id()).stream()
                .filter(recorded -> recorded.type() == ActivityType.COURSE).toList();
        assertThat(courses).extracting(recorded -> recorded.goalCodes().get(0))
                .containsExactlyInAnyOrder("ALM-001", "ALM-042", "ALM-059");
        assertThat(courses).allSatisfy(recorded -> assertThat(recorded.description())
                .isEqualTo("Grunnkurs A - Allmennlegen og fastlegekontoret"));
        assertThat(jdbc.sql("select count(distinct attachment_id) from activity_attachment where activity_id in (:ids)")
                .param("ids", courses.stream().map(LearningActivity::id).toList()).query(Long.class).single()).isEqualTo(1);
    }

    /** The activities one certificate created had to be sent one by one; now they go to one signer in the same step. */
    @Test
    void theActivitiesOfACertificateAreSentToOneSignerInOneStep() throws Exception {
        UUID jon = fresh.person("jon.bakke");
        mvc.perform(get("/activities/course-certificate").param("course", "GRUNNKURS-A").session(candidate))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ikke nå – jeg sender dem senere")));
        mvc.perform(multipart("/activities/course-certificate").file(new MockMultipartFile("file", "grunnkurs-a.pdf",
                                "application/pdf", PDF)).session(candidate).with(csrf())
                        .param("course", "GRUNNKURS-A").param("completedOn", "2026-11-02")
                        .param("goalCodes", "ALM-001", "ALM-042").param("sendTo", jon.toString()))
                .andExpect(redirectedUrl("/activities"))
                .andExpect(flash().attribute("notice", "certificate.recordedAndSent"));

        List<LearningActivity> courses = portfolio.of(alis.id()).stream()
                .filter(recorded -> recorded.type() == ActivityType.COURSE).toList();
        assertThat(courses).hasSize(2).allSatisfy(course -> assertThat(course.status()).isEqualTo(ActivityStatus.SENT));
        assertThat(portfolio.awaiting(TestActors.person(jon))).extracting(waiting -> waiting.activity().id())
                .containsAll(courses.stream().map(LearningActivity::id).toList());
    }

    @Test
    void aGoalOutsideTheCourseIsRefusedAndNothingIsRecorded() throws Exception {
        mvc.perform(multipart("/activities/course-certificate").file(new MockMultipartFile("file", "grunnkurs-a.pdf",
                                "application/pdf", PDF)).session(candidate).with(csrf())
                        .param("course", "GRUNNKURS-A").param("completedOn", "2026-11-02")
                        .param("goalCodes", "ALM-001", "ALM-002"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Læringsmålet ALM-002 dekkes ikke av dette kurset.")));
        assertThat(portfolio.of(alis.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from attachment where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
    }

    private long filesOf(UUID activityId) {
        return jdbc.sql("select count(*) from activity_attachment where activity_id = ?").param(activityId)
                .query(Long.class).single();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
    }
}
