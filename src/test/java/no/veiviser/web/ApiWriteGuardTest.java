package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A cross-site form cannot act through the API in the name of someone whose browser holds her credentials. */
@IntegrationTest
class ApiWriteGuardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSimpleFormPostOrABodylessPostIsRefusedAndChangesNothing() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        var basic = httpBasic(alis.username(), FreshCandidates.PASSWORD);
        mvc.perform(post("/api/v1/activities").with(basic).contentType("application/x-www-form-urlencoded")
                        .content("type=JOINT_CONSULTATION&description=x&performedOn=2026-10-01&goalCodes=ALM-042"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("VV-1012"));
        mvc.perform(post("/api/v1/goals/ALM-042/submission").with(basic))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart("/api/v1/course-certificates").file(new MockMultipartFile("file", "x.pdf",
                        "application/pdf", new byte[] {1})).with(basic))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from goal_assessment where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();

        mvc.perform(post("/api/v1/goals/ALM-042/submission").with(basic).contentType("application/json"))
                .andExpect(status().isCreated());
    }
}
