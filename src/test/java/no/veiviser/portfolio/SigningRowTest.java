package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rejecting from the row without the required reason answers the row again, with the message and
 * what was typed — not a whole page nested inside the table row.
 */
@IntegrationTest
class SigningRowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Test
    void aRejectionWithoutAReasonComesBackAsTheRowWithTheMessage() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION,
                "Felleskonsultasjon til signering", LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
        UUID request = portfolio.requestSignature(TestActors.person(alis.id()), activity, jon).id();
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("jon.bakke").password("demo")).andReturn().getRequest().getSession(false);

        var response = mvc.perform(post("/signing/" + request).session(session).with(csrf()).header("HX-Request", "true")
                .param("decision", "reject").param("comment", "  ")).andReturn().getResponse();

        String body = response.getContentAsString(StandardCharsets.UTF_8).strip();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body).startsWith("<tr>").endsWith("</tr>").doesNotContain("<html").doesNotContain("<body")
                .contains("Felleskonsultasjon til signering").contains("role=\"alert\"").contains("aria-invalid=\"true\"")
                .contains("Skriv hvorfor aktiviteten avvises, så kandidaten kan rette den.");
        assertThat(portfolio.awaiting(TestActors.person(jon))).extracting(waiting -> waiting.request().id()).contains(request);
    }
}
