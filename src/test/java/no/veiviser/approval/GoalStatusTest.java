package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** A goal's status follows the work: once a signed activity documents it, it is under way, not "not started". */
@IntegrationTest
class GoalStatusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Test
    void aGoalWithASignedActivityIsUnderWayAndFilteredAsSuch() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION,
                "Felleskonsultasjon", LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
        UUID request = portfolio.requestSignature(TestActors.person(alis.id()), activity, fresh.person("jon.bakke")).id();
        portfolio.sign(TestActors.person(fresh.person("jon.bakke")), request, null);
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);

        String all = page(session, "/goals");
        assertThat(row(all, "ALM-042")).contains("<td>Under arbeid").doesNotContain("Ikke startet");
        assertThat(row(all, "ALM-043")).contains("<td>Ikke startet");
        assertThat(page(session, "/goals?status=IN_PROGRESS")).contains("id=\"ALM-042\"").doesNotContain("id=\"ALM-043\"");
        assertThat(page(session, "/goals?status=NOT_STARTED")).contains("id=\"ALM-043\"").doesNotContain("id=\"ALM-042\"");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String row(String page, String code) {
        String start = page.substring(page.indexOf("<tr id=\"" + code + "\">"));
        return start.substring(0, start.indexOf("</tr>"));
    }
}
