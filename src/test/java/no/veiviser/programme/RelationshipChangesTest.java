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
