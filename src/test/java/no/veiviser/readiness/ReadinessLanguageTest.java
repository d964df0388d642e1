package no.veiviser.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** The readiness page speaks the page's language: the engine's explanations are rendered from its texts. */
@IntegrationTest
class ReadinessLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theEnglishPageExplainsInEnglishAndTheNorwegianInNorwegian() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("nora.eide").password("demo")).andReturn().getRequest().getSession(false);

        String english = mvc.perform(get("/progress").param("lang", "en").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Open unselected practice (before 2025 in a position of at least 50 %")
                .doesNotContain("Åpen uselektert praksis (før 2025").doesNotContain("mnd tjeneste");

        String norwegian = mvc.perform(get("/progress").param("lang", "nb").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(norwegian).contains("Åpen uselektert praksis (før 2025 i minst 50 % stilling")
                .doesNotContain("Open unselected practice (before 2025");
    }
}
