package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A refusal reaches the person whole: its message with its arguments, never a literal {0}. */
@IntegrationTest
class FormRefusalsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Test
    void aRefusalAfterARedirectShowsItsArguments() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);

        MvcResult refused = mvc.perform(post("/goals/XYZ-999/submit").session(session).with(csrf())).andReturn();
        String page = mvc.perform(get("/goals").session(session).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Læringsmålet XYZ-999 er ikke i katalogene du er tildelt.").doesNotContain("{0}");
    }
}
