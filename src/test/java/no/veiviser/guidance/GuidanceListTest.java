package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The guidance list is cut into pages and summed in the database: the page of sessions, how many
 * there are, how many wait to be finalised, which a correction replaces, and the hours of this year
 * that count — for the candidate and for her veileder.
 */
@IntegrationTest
class GuidanceListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GuidanceSessions guidance;

    @Autowired
    Clock clock;

    /**
     * Last year: 48 finalised sessions of an hour. Today: 08:00–09:30 finalised and corrected to
     * 08:00–10:00 (the correction finalised: 2 hours count, the 1.5 no longer), 11:00–11:45 finalised
     * (0.75), 12:00–13:00 planned and not finalised. This year counts 2 + 0.75 = 2.75 hours; the list
     * has 48 + 4 = 52 sessions, 50 on the first page.
     */
    @Test
    void theListIsAPageOfAllHerSessionsWithTheHoursThatCountThisYear() throws Exception {
        LocalDate today = LocalDate.now(clock);
        FreshCandidates.FreshCandidate alis = fresh.alisStartingOn(today.minusYears(1).withDayOfYear(1));
        Actor kari = fresh.actor("kari.nordby");
        MockHttpSession veileder = signIn("kari.nordby", "demo");
        int waitingBefore = waitingToBeFinalised(page(veileder, "/guidance"));
        for (int day = 0; day < 48; day++) {
            finalised(alis, kari, today.minusYears(1).withDayOfYear(1).plusDays(day), LocalTime.of(14, 0), LocalTime.of(15, 0));
        }
        GuidanceSession corrected = finalised(alis, kari, today, LocalTime.of(8, 0), LocalTime.of(9, 30));
        GuidanceSession correction = guidance.correct(kari, corrected.id(), "Samtalen varte til 10:00");
        guidance.reschedule(kari, correction.id(), new NewSession(null, today, LocalTime.of(8, 0), LocalTime.of(10, 0),
                SessionMode.IN_PERSON, null));
        guidance.finalise(kari, correction.id());
        finalised(alis, kari, today, LocalTime.of(11, 0), LocalTime.of(11, 45));
        guidance.plan(kari, new NewSession(alis.id(), today, LocalTime.of(12, 0), LocalTime.of(13, 0), SessionMode.IN_PERSON, null));

        MockHttpSession candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        String first = page(candidate, "/guidance");
        assertThat(first).contains("Ferdigstilt veiledning i " + today.getYear() + ": 2,75 timer.", "Viser 1–50 av 52",
                "Neste side", "Erstattet av rettet versjon", "09:30", "10:00", "11:45", "12:00–13:00");
        assertThat(page(candidate, "/guidance?page=2")).contains("Viser 51–52 av 52", "Forrige side")
                .doesNotContain("Erstattet av rettet versjon");
        assertThat(page(candidate, "/guidance?page=9")).as("a page past the end is the first").contains("Viser 1–50 av 52");

        String kariPage = page(veileder, "/guidance");
        assertThat(waitingToBeFinalised(kariPage)).isEqualTo(waitingBefore + 1);
        assertThat(rowOf(kariPage, alis)).as("her row in \"mine kandidater\"").contains("2,75 timer");
    }

    private GuidanceSession finalised(FreshCandidates.FreshCandidate alis, Actor kari, LocalDate day, LocalTime from,
                                      LocalTime to) {
        GuidanceSession session = guidance.plan(kari, new NewSession(alis.id(), day, from, to, SessionMode.IN_PERSON, null));
        return guidance.finalise(kari, session.id());
    }

    private static int waitingToBeFinalised(String page) {
        Matcher waiting = Pattern.compile("(\\d+) samtaler? er holdt og venter på at du ferdigstiller").matcher(page);
        return waiting.find() ? Integer.parseInt(waiting.group(1)) : 0;
    }

    private static String rowOf(String page, FreshCandidates.FreshCandidate candidate) {
        int link = page.indexOf("/candidates/" + candidate.id() + "/guidance");
        return page.substring(link, page.indexOf("</tr>", link));
    }

    private String page(MockHttpSession who, String path) throws Exception {
        return mvc.perform(get(path).session(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
