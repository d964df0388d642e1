package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department head could appoint but never end an appointment or correct a mistaken one. She ends a
 * supervisor's relationship from a date (access ends with it), and takes back a mistaken appointment
 * with a reason: it never applied, and the audit log keeps why. An end before the start is refused.
 */
@IntegrationTest
class RelationshipChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDepartmentHeadEndsAnAppointmentAndTakesBackAMistakenOne() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession head = session(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        UUID supervisor = relationshipOf(alis, RelationshipKind.SUPERVISOR);
        UUID veileder = relationshipOf(alis, RelationshipKind.VEILEDER);
        String file = "/candidates/" + alis.id();

        mvc.perform(post(file + "/relationships/" + supervisor + "/end").session(head).with(csrf())
                .param("lastDay", "2026-08-01"));
        assertThat(page(head, file)).contains("Siste dag kan ikke være før oppnevningen begynte (01.09.2026).");
        mvc.perform(post(file + "/relationships/" + supervisor + "/end").session(head).with(csrf())
                .param("lastDay", "2026-11-30"));
        assertThat(page(head, file)).contains("Oppnevningen er avsluttet.");
        assertThat(validTo(supervisor)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(relationships.holds(fresh.person("jon.bakke"), alis.id(), java.util.Set.of(RelationshipKind.SUPERVISOR),
                LocalDate.of(2026, 12, 1))).as("her access ended with it").isFalse();

        mvc.perform(post(file + "/relationships/" + veileder + "/withdrawal").session(head).with(csrf()).param("reason", " "));
        assertThat(page(head, file)).contains("Skriv hvorfor oppnevningen tas tilbake.");
        assertThat(validTo(veileder)).isNull();
        mvc.perform(post(file + "/relationships/" + veileder + "/withdrawal").session(head).with(csrf())
                .param("reason", "Feil veileder valgt"));
        assertThat(page(head, file)).contains("Oppnevningen er tatt tilbake.");
        assertThat(validTo(veileder)).as("ends the day before it started: it never applied")
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(jdbc.sql("select details ->> 'reason' from audit_event where action = 'relationship.withdrawn'"
                        + " and subject_id = ?").param(alis.id().toString()).query(String.class).single())
                .isEqualTo("Feil veileder valgt");

        MockHttpSession admin = session(fresh.administratorOf(alis), FreshCandidates.PASSWORD);
        String audit = page(admin, "/admin/audit?action=relationship.withdrawn");
        assertThat(audit.substring(audit.indexOf("<tbody>"), audit.indexOf("</tbody>")))
                .as("the administrator reads it in words, with people named")
                .contains("Oppnevning tatt tilbake", "Oppnevnt som: veileder", "Person: Kari Nordby",
                        "Begrunnelse: Feil veileder valgt")
                .doesNotContain("VEILEDER");

        MockHttpSession stranger = session("kari.nordby", "demo");
        assertThat(mvc.perform(post(file + "/relationships/" + supervisor + "/end").session(stranger).with(csrf())
                .param("lastDay", "2026-11-30")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /**
     * She moved: the department head sets her last day. The enrolment gets its end date, every
     * appointment in force ends that day (one that had not begun never applies), her veileder can no
     * longer open her, and the reason is audited. A last day before the start is refused.
     */
    @Test
    void theDepartmentHeadEndsTheProgrammeAndTheAppointmentsEndWithIt() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        relationships.start(alis.id(), fresh.person("per.aasen"), RelationshipKind.SUPERVISOR, LocalDate.of(2027, 1, 1),
                no.veiviser.identity.Actor.system());
        UUID later = relationships.ofCandidates(List.of(alis.id())).stream()
                .filter(relationship -> relationship.validFrom().getYear() == 2027).findFirst().orElseThrow().id();
        MockHttpSession head = session(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        MockHttpSession veileder = session("kari.nordby", "demo");
        String file = "/candidates/" + alis.id();
        assertThat(mvc.perform(get(file + "/portfolio").session(veileder)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        mvc.perform(post(file + "/ending").session(head).with(csrf()).param("lastDay", "2026-08-15"));
        assertThat(page(head, file)).contains("Siste dag kan ikke være før utdanningsløpet startet 01.09.2026.");
        assertThat(endDate(alis)).isNull();

        mvc.perform(post(file + "/ending").session(head).with(csrf()).param("lastDay", "2026-11-30")
                .param("reason", "Flyttet til Bergen"));
        assertThat(page(head, file)).contains("Utdanningsløpet er avsluttet, og oppnevningene er avsluttet samme dag.",
                "<dt>Siste dag i utdanningsløpet</dt><dd>30. november 2026</dd>");
        assertThat(endDate(alis)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(relationships.ofCandidates(List.of(alis.id())))
                .extracting(relationship -> relationship.id().equals(later) ? "later " + relationship.validTo()
                        : relationship.kind() + " " + relationship.validTo())
                .containsExactlyInAnyOrder("VEILEDER 2026-11-30", "SUPERVISOR 2026-11-30", "APPROVER 2026-11-30",
                        "DEPUTY_APPROVER 2026-11-30", "later 2026-12-31");
        assertThat(mvc.perform(get(file + "/portfolio").session(veileder)).andReturn().getResponse().getStatus())
                .as("her veileder's access ended with the programme").isEqualTo(404);
        assertThat(jdbc.sql("select details ->> 'reason' from audit_event where action = 'enrolment.ended'"
                        + " and subject_id = ?").param(alis.id().toString()).query(String.class).single())
                .isEqualTo("Flyttet til Bergen");
    }

    private LocalDate endDate(FreshCandidates.FreshCandidate alis) {
        return jdbc.sql("select end_date from enrolment where candidate_id = ?").param(alis.id())
                .query(LocalDate.class).optional().orElse(null);
    }

    private UUID relationshipOf(FreshCandidates.FreshCandidate alis, RelationshipKind kind) {
        return relationships.ofCandidates(List.of(alis.id())).stream().filter(found -> found.kind() == kind)
                .findFirst().orElseThrow().id();
    }

    private LocalDate validTo(UUID relationship) {
        return jdbc.sql("select valid_to from supervision_relationship where id = ?").param(relationship)
                .query(LocalDate.class).optional().orElse(null);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession session(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
