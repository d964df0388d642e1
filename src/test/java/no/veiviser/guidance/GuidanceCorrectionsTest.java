package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A planned session is moved; a finalised one never changes but is corrected by a new version with a
 * reason, which counts instead of it once the veileder finalises it — never both, never neither.
 */
@IntegrationTest
class GuidanceCorrectionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GuidanceSessions guidance;

    private FreshCandidates.FreshCandidate alis;
    private Actor kari;

    @BeforeEach
    void aCandidateAndHerVeileder() {
        alis = fresh.alis();
        kari = fresh.actor("kari.nordby");
    }

    @Test
    void aPlannedSessionMovesWithinTheVeiledersAppointment() throws Exception {
        GuidanceSession session = plan(LocalDate.of(2026, 11, 3), LocalTime.of(14, 0), LocalTime.of(15, 0));
        MockHttpSession candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        String page = follow(candidate, post("/guidance/sessions/" + session.id() + "/schedule").param("heldOn", "2026-11-05")
                .param("startsAt", "08:30").param("endsAt", "10:00").param("mode", "PHONE").param("place", ""));
        assertThat(page).contains("Samtalen har fått ny tid.", "5. november 2026 08:30–10:00", "Telefon");

        assertThat(follow(candidate, post("/guidance/sessions/" + session.id() + "/schedule").param("heldOn", "2026-08-05")
                .param("startsAt", "08:30").param("endsAt", "10:00").param("mode", "PHONE")))
                .contains("Datoen er før utdanningsløpet startet 01.09.2026.").contains("5. november 2026 08:30–10:00");
    }

    @Test
    void aFinalisedSessionIsCorrectedByANewVersionThatCountsInstead() throws Exception {
        GuidanceSession session = plan(LocalDate.of(2026, 11, 3), LocalTime.of(14, 0), LocalTime.of(15, 30));
        guidance.write(alis.actor(), session.id(), TextKind.MINUTES, "Referatet slik det ble skrevet", -1);
        guidance.finalise(kari, session.id());
        assertThat(guidance.held(alis.id())).containsExactly(new HeldSession(LocalDate.of(2026, 11, 3), new BigDecimal("1.50")));

        assertThatThrownBy(() -> guidance.correct(alis.actor(), session.id(), " "))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "guidance.correct.reasonRequired");
        GuidanceSession correction = guidance.correct(alis.actor(), session.id(), "Samtalen varte til 16:00");
        assertThat(correction.corrects()).isEqualTo(session.id());
        assertThat(guidance.privateText(kari, correction.id()).text(TextKind.MINUTES).body())
                .as("the text comes along, for the same two people").isEqualTo("Referatet slik det ble skrevet");
        assertThatThrownBy(() -> guidance.correct(kari, session.id(), "En gang til"))
                .hasFieldOrPropertyWithValue("messageKey", "guidance.correct.exists");
        assertThat(guidance.held(alis.id())).as("until the correction is finalised, the old one counts")
                .containsExactly(new HeldSession(LocalDate.of(2026, 11, 3), new BigDecimal("1.50")));

        guidance.reschedule(alis.actor(), correction.id(), new NewSession(null, LocalDate.of(2026, 11, 3),
                LocalTime.of(14, 0), LocalTime.of(16, 0), SessionMode.IN_PERSON, null));
        guidance.finalise(kari, correction.id());
        assertThat(guidance.held(alis.id())).as("then the correction counts, and the old one no longer")
                .containsExactly(new HeldSession(LocalDate.of(2026, 11, 3), new BigDecimal("2.00")));

        MockHttpSession approver = signIn("tone.haugland", "demo");
        assertThat(page(approver, "/guidance/sessions/" + session.id()))
                .contains("Denne samtalen er erstattet av en rettet versjon og teller ikke lenger");
        assertThat(page(approver, "/candidates/" + alis.id() + "/guidance"))
                .contains("Erstattet av rettet versjon", "14:00–16:00").doesNotContain("Referatet slik det ble skrevet");
        assertThat(page(approver, "/guidance/sessions/" + correction.id()))
                .contains("Dette er en rettet versjon", "Samtalen varte til 16:00");
    }

    private GuidanceSession plan(LocalDate day, LocalTime from, LocalTime to) {
        return guidance.plan(alis.actor(), new NewSession(null, day, from, to, SessionMode.IN_PERSON, null));
    }

    private String follow(MockHttpSession who,
                          org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
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
