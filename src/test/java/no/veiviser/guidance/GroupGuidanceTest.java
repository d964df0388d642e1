package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.readiness.CandidateReadiness;
import no.veiviser.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A guidance group from record to readiness: the department head records a group, its leader and a
 * member (the leader becomes her supervisor), the leader records three meetings with attendance, and
 * the member's group hours and months reach her readiness — only the meetings she was present at.
 */
@IntegrationTest
class GroupGuidanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    People people;

    @Autowired
    Relationships relationships;

    @Autowired
    CandidateReadiness readiness;

    @Test
    void threeMeetingsWithAttendanceReachTheMembersReadiness() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession head = signIn(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        String leaderName = "leder." + UUID.randomUUID().toString().substring(0, 8);
        UUID leader = people.register(new NewPerson("Gro", "Gruppeleder", null, Profession.PHYSICIAN, null),
                Actor.system()).id();
        people.createLocalAccount(leader, leaderName, FreshCandidates.PASSWORD, Actor.system());
        people.grantRole(leader, alis.organisationId(), Role.SUPERVISOR, Actor.system());

        var created = mvc.perform(post("/guidance/groups").session(head).with(csrf())
                .param("name", "Veiledningsgruppe Drammen 1").param("organiser", "Legeforeningen")).andReturn();
        String group = created.getResponse().getRedirectedUrl();
        assertThat(group).startsWith("/guidance/groups/");
        assertThat(page(head, group)).contains("Gruppen er registrert.", "Arrangør: Legeforeningen");
        assertThat(follow(head, post(group + "/leaders").param("personId", leader.toString())))
                .contains("Lederen er lagt til");
        assertThat(follow(head, post(group + "/members").param("candidateId", alis.id().toString())
                .param("from", "2026-09-01"))).contains("Kandidaten er medlem av gruppen.");
        assertThat(relationships.holds(leader, alis.id(), Set.of(RelationshipKind.SUPERVISOR), LocalDate.of(2026, 9, 1)))
                .as("the group leader counts as her supervisor").isTrue();

        MockHttpSession groupLeader = signIn(leaderName, FreshCandidates.PASSWORD);
        meeting(groupLeader, group, "2026-09-15", "3", alis.id());
        meeting(groupLeader, group, "2026-10-13", "3", null);
        String third = meeting(groupLeader, group, "2026-11-10", "3", alis.id());
        assertThat(third).contains("Møtet er registrert.", "15. september 2026", "13. oktober 2026");
        String tomorrow = LocalDate.now(TimeConfiguration.OSLO).plusDays(1).toString();
        assertThat(meeting(groupLeader, group, tomorrow, "3", alis.id())).contains("Registrer møtet når det er holdt.");
        assertThat(meeting(groupLeader, group, "2026-11-17", "9", alis.id())).contains("høyst 8");

        var input = readiness.of(alis.actor(), alis.id()).input();
        assertThat(input.groupGuidance()).singleElement().satisfies(membership -> {
            assertThat(membership.from()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(membership.hours()).as("present at two meetings of three hours").isEqualByComparingTo("6");
        });
        MockHttpSession candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        assertThat(page(candidate, "/progress")).contains("6 timer i veiledningsgruppe");
        assertThat(page(candidate, "/guidance"))
                .contains("Veiledningsgruppe Drammen 1: medlem fra 1. september 2026, 6 timer til stede.");

        MockHttpSession stranger = signIn(fresh.departmentHeadOf(fresh.alis()), FreshCandidates.PASSWORD);
        assertThat(mvc.perform(get(group).session(stranger)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(group + "/meetings").session(head).with(csrf()).param("heldOn", "2026-11-24")
                .param("hours", "2")).andReturn().getResponse().getStatus())
                .as("the department head keeps the group but does not lead it").isEqualTo(404);
        assertThat(page(head, group)).contains("Gro Gruppeleder").doesNotContain("24. november 2026");
        assertThat(readiness.of(alis.actor(), alis.id()).result().requirement("guidance.group.hours").have())
                .isEqualByComparingTo(new BigDecimal("6"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * A meeting recorded with the member absent by mistake is corrected with a reason: the correction
     * (3.5 hours, present) counts instead, the old one stays and shows as replaced, and it cannot be
     * corrected twice. Before, a recorded meeting could not be corrected at all.
     */
    @Test
    void aMeetingRecordedWrongIsCorrectedWithAReasonAndTheCorrectionCounts() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession head = signIn(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        String leaderName = "leder." + UUID.randomUUID().toString().substring(0, 8);
        UUID leader = people.register(new NewPerson("Gro", "Gruppeleder", null, Profession.PHYSICIAN, null),
                Actor.system()).id();
        people.createLocalAccount(leader, leaderName, FreshCandidates.PASSWORD, Actor.system());
        people.grantRole(leader, alis.organisationId(), Role.SUPERVISOR, Actor.system());
        String group = mvc.perform(post("/guidance/groups").session(head).with(csrf())
                .param("name", "Veiledningsgruppe Drammen 2").param("organiser", "Legeforeningen")).andReturn()
                .getResponse().getRedirectedUrl();
        follow(head, post(group + "/leaders").param("personId", leader.toString()));
        follow(head, post(group + "/members").param("candidateId", alis.id().toString()).param("from", "2026-09-01"));
        MockHttpSession groupLeader = signIn(leaderName, FreshCandidates.PASSWORD);

        String recorded = meeting(groupLeader, group, "2026-10-13", "3", null);
        var link = java.util.regex.Pattern.compile("meetings/([0-9a-f-]{36})/correction").matcher(recorded);
        assertThat(link.find()).as("the leader is offered to correct the meeting").isTrue();
        String correction = group + "/meetings/" + link.group(1) + "/correction";
        assertThat(groupHours(alis)).isEqualByComparingTo("0");

        assertThat(follow(groupLeader, post(correction).param("heldOn", "2026-10-13").param("hours", "3.5")
                .param("present", alis.id().toString()))).contains("Skriv hvorfor møtet rettes.");
        assertThat(groupHours(alis)).as("refused, nothing changed").isEqualByComparingTo("0");
        assertThat(mvc.perform(post(correction).session(head).with(csrf()).param("heldOn", "2026-10-13")
                .param("hours", "3.5").param("reason", "x")).andReturn().getResponse().getStatus())
                .as("only a leader corrects").isEqualTo(404);

        String corrected = follow(groupLeader, post(correction).param("heldOn", "2026-10-13").param("hours", "3.5")
                .param("present", alis.id().toString()).param("reason", "Hun var til stede; krysset av feil."));
        assertThat(corrected).contains("Møtet er rettet.", "Rettet – erstattet av rettingen",
                "Retting: Hun var til stede; krysset av feil.");
        assertThat(groupHours(alis)).isEqualByComparingTo("3.5");

        assertThat(follow(groupLeader, post(correction).param("heldOn", "2026-10-13").param("hours", "8")
                .param("present", alis.id().toString()).param("reason", "En gang til")))
                .contains("Møtet er allerede rettet.");
        assertThat(groupHours(alis)).isEqualByComparingTo("3.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "update guidance_group_meeting set hours = 1 where id = ?").param(UUID.fromString(link.group(1))).update())
                .hasMessageContaining("append-only");
    }

    private BigDecimal groupHours(FreshCandidates.FreshCandidate alis) {
        return readiness.of(alis.actor(), alis.id()).result().requirement("guidance.group.hours").have();
    }

    private String meeting(MockHttpSession leader, String group, String day, String hours, UUID present)
            throws Exception {
        var request = post(group + "/meetings").param("heldOn", day).param("hours", hours);
        if (present != null) {
            request.param("present", present.toString());
        }
        return follow(leader, request);
    }

    private String follow(MockHttpSession who, MockHttpServletRequestBuilder request) throws Exception {
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
