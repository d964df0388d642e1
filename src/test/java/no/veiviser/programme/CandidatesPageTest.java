package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** Each person sees the candidates she is related to today; a department head sees her organisation's. */
@IntegrationTest
class CandidatesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void aVeilederSeesHerCandidatesAndNoOthers() throws Exception {
        String page = candidatesPageOf("kari.nordby");
        assertThat(page).contains(">Nora Eide</th>", ">Ole Brekke</th>", ">Aisha Rahman</th>", ">Thea Lund</th>",
                ">Sara Johansen</th>");
        assertThat(page).doesNotContain("Sindre Holm").doesNotContain("Emma Vik").doesNotContain("Jonas Berg");
    }

    @Test
    void theApproverSeesEveryCandidateSheApprovesFor() throws Exception {
        String page = candidatesPageOf("tone.haugland");
        for (String name : new String[] {"Nora Eide", "Sindre Holm", "Emma Vik", "Ole Brekke", "Aisha Rahman",
            "Jonas Berg", "Thea Lund", "Mathias Nilsen", "Sara Johansen", "Henrik Pedersen"}) {
            assertThat(page).contains(">" + name + "</th>");
        }
    }

    @Test
    void aVeilederWhoseExemptionEndsWithinSixtyDaysIsFlagged() throws Exception {
        LocalDate ends = LocalDate.now(clock).plusDays(45);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nb")).format(ends);
        String page = candidatesPageOf("maria.solheim");
        assertThat(page).contains(">Emma Vik</th>")
                .contains("Veilederens fritak fra spesialistkravet går ut " + date + ", om 45 dager.");
    }

    @Test
    void theDepartmentHeadSeesTheWholeMunicipality() throws Exception {
        String page = candidatesPageOf("eirik.strand");
        assertThat(page).contains(">Nora Eide</a></th>", ">Henrik Pedersen</a></th>", "Avdelingsleder");
    }

    private String candidatesPageOf(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password("demo")).andReturn().getRequest().getSession(false);
        return mvc.perform(get("/candidates").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
