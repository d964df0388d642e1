package no.veiviser.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** A day that does not exist is told as such, not as a date in the wrong form. */
@IntegrationTest
class DateInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Test
    void theThirtyFirstOfFebruaryDoesNotExist() {
        assertThat(TypedText.nonexistentDate("2026-02-31")).isEqualTo("31.02.2026");
        assertThat(TypedText.nonexistentDate("2026-13-01")).isEqualTo("01.13.2026");
        assertThat(TypedText.nonexistentDate("2024-02-29")).as("a leap day exists").isNull();
        assertThat(TypedText.nonexistentDate("1. mars")).as("not a date at all").isNull();
    }

    @Test
    void theActivityFormSaysWhichDayDoesNotExist() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);

        assertThat(post(session, "2026-02-31")).contains("Datoen 31.02.2026 finnes ikke. Sjekk dag og måned.");
        assertThat(post(session, "1. mars")).contains("Skriv datoen som åååå-mm-dd, for eksempel 2019-05-23.");
    }

    private String post(MockHttpSession session, String performedOn) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities").session(session).with(csrf()).param("type", "OTHER")
                        .param("performedOn", performedOn).param("description", "Notat").param("goalCodes", "ALM-001"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
