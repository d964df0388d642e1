package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestFiles;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The member attaches the diploma for her group guidance to her membership; those who read her
 * service (her veileder, the approver) open it; a supervisor and another candidate are told it does
 * not exist.
 */
@IntegrationTest
class GroupDiplomaTest {

    private static final byte[] PDF = TestFiles.pdf();

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GuidanceGroups groups;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private UUID membership;
    private MockHttpSession candidate;

    @BeforeEach
    void aMemberOfAGroup() throws Exception {
        alis = fresh.alis();
        Actor head = new Actor(fresh.person(fresh.departmentHeadOf(alis)), alis.organisationId(), Set.of(Role.DEPARTMENT_HEAD));
        GuidanceGroup group = groups.create(head, "Veiledningsgruppe Diplom", "Legeforeningen");
        groups.addMember(head, group.id(), alis.id(), LocalDate.of(2026, 9, 1));
        membership = groups.held(alis.id()).get(0).membershipId();
        candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
    }

    @Test
    void sheAttachesHerDiplomaAndThoseWhoReadHerServiceOpenIt() throws Exception {
        assertThat(page(candidate, "/guidance")).contains("Legg ved diplomet for Veiledningsgruppe Diplom");
        String after = follow(candidate, multipart("/guidance/group-memberships/{id}/diplomas", membership)
                .file(new MockMultipartFile("file", "diplom.pdf", "application/pdf", PDF)));
        assertThat(after).contains("Diplomet er lagt ved medlemskapet.", "diplom.pdf");
        UUID diploma = jdbc.sql("select id from guidance_group_diploma where membership_id = ?").param(membership)
                .query(UUID.class).single();
        String file = "/guidance/diplomas/" + diploma;

        assertThat(mvc.perform(get(file).session(candidate)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get(file).session(signIn("kari.nordby", "demo"))).andExpect(status().isOk());
        assertThat(page(signIn("tone.haugland", "demo"), "/candidates/" + alis.id() + "/guidance"))
                .contains("Veiledningsgruppe Diplom", "diplom.pdf");
        mvc.perform(get(file).session(signIn("jon.bakke", "demo"))).andExpect(status().isNotFound());
        FreshCandidates.FreshCandidate other = fresh.alis();
        mvc.perform(get(file).session(signIn(other.username(), FreshCandidates.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/candidates/{id}/group-diplomas", alis.id()).with(httpBasic("kari.nordby", "demo"))
                        .header("X-Requested-With", "test"))
                .andExpect(jsonPath("$[0].filename").value("diplom.pdf"));
        assertThat(jdbc.sql("select count(*) from access_log where subject_id = ? and part = 'READ_SERVICE'")
                .param(alis.id()).query(Long.class).single()).as("the veileder's reads are logged").isPositive();
    }

    @Test
    void aFileThatIsNotWhatItClaimsOrAnotherPersonsUploadIsRefusedAndNothingIsStored() throws Exception {
        assertThat(follow(candidate, multipart("/guidance/group-memberships/{id}/diplomas", membership)
                .file(new MockMultipartFile("file", "diplom.pdf", "application/pdf",
                        "ikke en pdf".getBytes(StandardCharsets.UTF_8)))))
                .contains("Filen må være PDF, PNG eller JPEG");
        FreshCandidates.FreshCandidate other = fresh.alis();
        mvc.perform(multipart("/guidance/group-memberships/{id}/diplomas", membership)
                        .file(new MockMultipartFile("file", "diplom.pdf", "application/pdf", PDF))
                        .session(signIn(other.username(), FreshCandidates.PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/group-memberships/{id}/diplomas", membership)
                        .file(new MockMultipartFile("file", "diplom.pdf", "application/pdf", PDF))
                        .with(httpBasic(other.username(), FreshCandidates.PASSWORD)).header("X-Requested-With", "test"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from guidance_group_diploma where membership_id = ?").param(membership)
                .query(Long.class).single()).isZero();

        mvc.perform(multipart("/api/v1/group-memberships/{id}/diplomas", membership)
                        .file(new MockMultipartFile("file", "diplom.png", "image/png", TestFiles.png()))
                        .with(httpBasic(alis.username(), FreshCandidates.PASSWORD)).header("X-Requested-With", "test"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value("image/png"));
    }

    private String follow(MockHttpSession who, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        var result = mvc.perform(request.session(who).with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target == null ? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : page(who, target);
    }

    private String page(MockHttpSession who, String path) throws Exception {
        return mvc.perform(get(path).session(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
