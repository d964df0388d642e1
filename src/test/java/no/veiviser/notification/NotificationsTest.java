package no.veiviser.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** People are told when something waits for them, without personal content; the administrator sees the outbox. */
@IntegrationTest
class NotificationsTest {

    private static final String SECRET = "Pasient med alvorlig diagnose, notat som ikke skal i e-post";

    @Autowired
    Portfolio portfolio;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSupervisorIsToldThatAnActivityWaitsWithoutItsContent() throws Exception {
        UUID ole = person("ole.brekke");
        UUID jon = person("jon.bakke");
        LearningActivity activity = portfolio.record(TestActors.person(ole), new NewActivity(ActivityType.JOINT_CONSULTATION, SECRET,
                LocalDate.of(2026, 11, 19), null, null, null, null, List.of("ALM-049")));
        portfolio.requestSignature(TestActors.person(ole), activity.id(), jon);

        List<String> bodies = jdbc.sql("select subject || ' ' || body from outbox_message where recipient_id = :jon")
                .param("jon", jon).query(String.class).list();
        assertThat(bodies).anySatisfy(text -> assertThat(text)
                .contains("En læringsaktivitet venter på din signatur").contains("/signing"));
        assertThat(bodies).noneMatch(text -> text.contains(SECRET) || text.contains("Ole") || text.contains("Brekke"));

        String outbox = mvc.perform(get("/admin/outbox").session(signIn("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).contains("Jon Bakke").contains("En læringsaktivitet venter på din signatur").doesNotContain(SECRET);
    }

    @Test
    void theVeilederAndSupervisorsAreToldThatAGoalWaitsForTheirRecommendation() {
        UUID ole = person("ole.brekke");
        int before = countFor("kari.nordby");
        approvals.submit(TestActors.person(ole), "ALM-050", null);
        assertThat(countFor("kari.nordby")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select subject from outbox_message where recipient_id = :jon order by created_at desc limit 1")
                .param("jon", person("jon.bakke")).query(String.class).single())
                .isEqualTo("Et læringsmål venter på din anbefaling");
    }

    @Test
    void onlyAdministratorsReadTheOutbox() throws Exception {
        mvc.perform(get("/admin/outbox").session(signIn("kari.nordby"))).andExpect(status().isForbidden());
    }

    private int countFor(String username) {
        return jdbc.sql("select count(*) from outbox_message where recipient_id = :id").param("id", person(username))
                .query(Integer.class).single();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private UUID person(String username) {
        return jdbc.sql("select person_id from account where username = :username").param("username", username)
                .query(UUID.class).single();
    }
}
