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
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.readiness.CandidateReadiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A guidance session from plan to hours: the veileder plans it, both write their preparation, the
 * candidate writes the minutes, only the veileder finalises it, and its hours reach her readiness.
 * The approver, the department head and a later veileder see when and how long, never the text.
 */
@IntegrationTest
class GuidanceSessionsTest {

    private static final String PREPARATION = "Jeg vil snakke om vanskelige samtaler med pårørende.";
    private static final String MINUTES = "Vi gikk gjennom to konsultasjoner og avtalte hospitering.";

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GuidanceSessions guidance;

    @Autowired
    CandidateReadiness readiness;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private MockHttpSession candidate;
    private MockHttpSession veileder;

    @BeforeEach
    void aCandidateAndHerVeileder() throws Exception {
        alis = fresh.alis();
        candidate = session(alis.username(), FreshCandidates.PASSWORD);
        veileder = session("kari.nordby", "demo");
    }

    @Test
    void fromPlanToHoursThatCount() throws Exception {
        MvcResult planned = mvc.perform(post("/guidance/sessions").session(veileder).with(csrf())
                .param("candidateId", alis.id().toString()).param("heldOn", "2026-11-24").param("startsAt", "14:00")
                .param("endsAt", "15:30").param("mode", "VIDEO")).andReturn();
        String path = planned.getResponse().getRedirectedUrl();
        assertThat(page(veileder, path)).contains("Samtalen er planlagt.");
        assertThat(path).startsWith("/guidance/sessions/");
        UUID id = UUID.fromString(path.substring("/guidance/sessions/".length()));

        write(candidate, id, "CANDIDATE_PREPARATION", PREPARATION, -1);
        write(veileder, id, "VEILEDER_PREPARATION", "Spør om hospitering på legevakten.", -1);
        write(candidate, id, "MINUTES", MINUTES, -1);
        assertThat(page(veileder, path)).contains(PREPARATION, MINUTES, "Spør om hospitering på legevakten.");
        assertThat(page(candidate, path)).contains(PREPARATION, MINUTES).doesNotContain("/finalisation\"");

        assertThat(follow(candidate, post(path + "/finalisation"))).contains("Bare veilederen kan ferdigstille samtalen.");
        assertThat(status(id)).isEqualTo("PLANNED");

        assertThat(readiness.of(alis.actor(), alis.id()).input().guidanceSessions()).as("planned: nothing counts yet")
                .isEmpty();
        assertThat(follow(veileder, post(path + "/finalisation"))).contains("Samtalen er ferdigstilt. Timene teller nå.");
        assertThat(readiness.of(alis.actor(), alis.id()).input().guidanceSessions())
                .containsExactly(new no.veiviser.requirements.ReadinessInput.GuidanceSession(LocalDate.of(2026, 11, 24),
                        new BigDecimal("1.50")));

        assertThat(write(candidate, id, "MINUTES", "Endret etterpå", 0))
                .contains("Referat: Samtalen er allerede ferdigstilt eller avlyst");
        assertThat(page(candidate, path)).contains(MINUTES).doesNotContain("Endret etterpå");
        assertThatThrownBy(() -> jdbc.sql("update guidance_text set body = 'x' where session_id = ?").param(id).update())
                .as("the database refuses too").hasMessageContaining("never changed");
    }

    @Test
    void othersSeeWhenAndHowLongButNeverTheText() throws Exception {
        GuidanceSession session = guidance.plan(alis.actor(), new NewSession(null, LocalDate.of(2026, 11, 10),
                LocalTime.of(9, 0), LocalTime.of(10, 0), SessionMode.IN_PERSON, "Legekontoret"));
        guidance.write(alis.actor(), session.id(), TextKind.MINUTES, MINUTES, -1);
        String path = "/guidance/sessions/" + session.id();

        for (MockHttpSession reader : new MockHttpSession[] {session("tone.haugland", "demo"),
                session(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD)}) {
            assertThat(page(reader, path)).contains("Legekontoret", "Forberedelse og referat ser bare kandidaten")
                    .doesNotContain(MINUTES);
            assertThat(page(reader, "/candidates/" + alis.id() + "/guidance"))
                    .contains("10. november 2026 09:00–10:00", "Kari Nordby", "Planlagt").doesNotContain(MINUTES);
            assertThat(mvc.perform(get(path + "/calendar.ics").session(reader)).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get(path).session(session("sofie.dahl", "demo"))).andReturn().getResponse().getStatus())
                .as("a supervisor of others").isEqualTo(404);

        UUID later = fresh.person("maria.solheim");
        UUID current = relationships.ofCandidates(java.util.List.of(alis.id())).stream()
                .filter(relationship -> relationship.kind() == RelationshipKind.VEILEDER).findFirst().orElseThrow().id();
        relationships.end(alis.id(), current, LocalDate.of(2026, 11, 30), Actor.system());
        relationships.start(alis.id(), later, RelationshipKind.VEILEDER, LocalDate.of(2026, 12, 1), Actor.system());
        MockHttpSession newVeileder = session("maria.solheim", "demo");
        assertThat(page(newVeileder, path)).as("a later veileder: day and hours, not the text").contains("Legekontoret")
                .doesNotContain(MINUTES);
        assertThat(mvc.perform(get(path).session(veileder)).andReturn().getResponse().getStatus())
                .as("the veileder whose appointment ended no longer reads it").isEqualTo(404);
        assertThat(page(candidate, path)).contains(MINUTES);
    }

    /**
     * After a change of veileder the candidate shares one session with the new one, who then reads it
     * (and only that one, without writing); the share is audited, and once taken back she reads it no more.
     */
    @Test
    void theCandidateSharesASessionWithALaterVeilederAndTakesItBack() throws Exception {
        GuidanceSession shared = guidance.plan(alis.actor(), new NewSession(null, LocalDate.of(2026, 11, 10),
                LocalTime.of(9, 0), LocalTime.of(10, 0), SessionMode.IN_PERSON, null));
        GuidanceSession kept = guidance.plan(alis.actor(), new NewSession(null, LocalDate.of(2026, 11, 17),
                LocalTime.of(9, 0), LocalTime.of(10, 0), SessionMode.IN_PERSON, null));
        guidance.write(alis.actor(), shared.id(), TextKind.MINUTES, MINUTES, -1);
        guidance.write(alis.actor(), kept.id(), TextKind.MINUTES, "Ikke for nye øyne", -1);
        UUID current = relationships.ofCandidates(java.util.List.of(alis.id())).stream()
                .filter(relationship -> relationship.kind() == RelationshipKind.VEILEDER).findFirst().orElseThrow().id();
        relationships.end(alis.id(), current, LocalDate.of(2026, 11, 30), Actor.system());
        relationships.start(alis.id(), fresh.person("maria.solheim"), RelationshipKind.VEILEDER,
                LocalDate.of(2026, 12, 1), Actor.system());
        MockHttpSession maria = session("maria.solheim", "demo");
        String path = "/guidance/sessions/" + shared.id();
        assertThat(page(maria, path)).doesNotContain(MINUTES);

        assertThat(mvc.perform(post(path + "/shares").session(veileder).with(csrf())).andReturn().getResponse()
                .getStatus()).as("only the candidate shares").isEqualTo(404);
        assertThat(follow(candidate, post(path + "/shares"))).contains("Samtalen er delt.", "Delt med Maria Solheim.");
        assertThat(page(maria, path)).contains(MINUTES, "har delt forberedelse og referat fra denne samtalen med deg")
                .doesNotContain("<textarea");
        assertThat(page(maria, "/guidance/sessions/" + kept.id())).doesNotContain("Ikke for nye øyne");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'guidance.shared' and subject_id = ?")
                .param(alis.id().toString()).query(Long.class).single()).isEqualTo(1);

        assertThat(follow(candidate, post(path + "/share-revocation").param("personId",
                fresh.person("maria.solheim").toString()))).contains("Delingen er trukket tilbake.");
        assertThat(page(maria, path)).doesNotContain(MINUTES);
    }

    @Test
    void whatTheOtherWroteMeanwhileIsNeverOverwritten() throws Exception {
        GuidanceSession session = guidance.plan(alis.actor(), new NewSession(null, LocalDate.of(2026, 11, 10),
                LocalTime.of(9, 0), LocalTime.of(10, 0), SessionMode.PHONE, null));
        guidance.write(fresh.actor("kari.nordby"), session.id(), TextKind.MINUTES, "Veilederens utkast", -1);

        String answer = write(candidate, session.id(), "MINUTES", "Kandidatens utkast", -1);
        assertThat(answer).contains("Den andre har endret teksten mens du skrev.", "Kandidatens utkast");
        assertThat(guidance.privateText(alis.actor(), session.id()).text(TextKind.MINUTES).body())
                .isEqualTo("Veilederens utkast");

        assertThat(write(candidate, session.id(), "VEILEDER_PREPARATION", "Ikke min", -1))
                .contains("Du kan bare skrive din egen forberedelse og referatet.");
    }

    @Test
    void aSessionThatCannotBeIsRefusedWithWhatWasExpected() throws Exception {
        String answer = plan(candidate, "2026-11-24", "15:00", "14:00");
        assertThat(answer).contains("Til klokken: Samtalen må slutte etter at den begynner.");
        assertThat(plan(candidate, "2026-11-24", "08:00", "17:00")).contains("En veiledningssamtale kan vare høyst 8 timer.");
        assertThat(plan(candidate, "2026-08-24", "08:00", "09:00")).contains("Datoen er før utdanningsløpet startet 01.09.2026.");
        assertThat(plan(candidate, "2026-11-24", "8", "9")).contains("Skriv klokkeslettet som tt:mm");
        assertThat(jdbc.sql("select count(*) from guidance_session where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
    }

    /**
     * The demo ALIS hold guidance month by month: 3.5 hours in most months, 1.75 in the months where a
     * session was left out; her veileder has the latest one to finalise.
     */
    @Test
    void theDemoAlisHaveRealisticGuidance() throws Exception {
        var byMonth = guidance.held(fresh.person("emma.vik")).stream().collect(java.util.stream.Collectors.groupingBy(
                session -> java.time.YearMonth.from(session.heldOn()), java.util.stream.Collectors.reducing(
                        BigDecimal.ZERO, HeldSession::hours, BigDecimal::add)));
        assertThat(byMonth.size()).as("months with guidance over four and a half years").isGreaterThan(45);
        assertThat(byMonth.values()).contains(new BigDecimal("3.50"), new BigDecimal("1.75"));
        assertThat(byMonth.values().stream().filter(hours -> hours.compareTo(new BigDecimal("3.50")) < 0).count())
                .as("months that fall short").isBetween(5L, 15L);
        assertThat(page(session("maria.solheim", "demo"), "/guidance"))
                .contains("1 samtale er holdt og venter på at du ferdigstiller den.");
        var emma = readiness.of(fresh.actor("emma.vik"), fresh.person("emma.vik")).result();
        assertThat(emma.requirement("guidance.group.hours").status()).as("two years of five hours a month")
                .isEqualTo(no.veiviser.requirements.Status.MET);
        assertThat(emma.requirement("guidance.group.duration").status()).isEqualTo(no.veiviser.requirements.Status.MET);
        var sindre = readiness.of(fresh.actor("sindre.holm"), fresh.person("sindre.holm")).result();
        assertThat(sindre.requirement("guidance.group.hours").status()).as("under way, two meetings missed")
                .isEqualTo(no.veiviser.requirements.Status.NOT_MET);
        String progress = page(session("emma.vik", "demo"), "/progress");
        assertThat(progress).contains("Individuell veiledning per år", "Måneder under sin andel")
                .containsPattern("<td>[^<]*(mai|oktober) 20\\d\\d");
        assertThat(page(session("emma.vik", "demo"), "/progress?lang=en")).containsPattern("<td>[^<]*(May|October) 20\\d\\d");
    }

    private String plan(MockHttpSession who, String day, String from, String to) throws Exception {
        return mvc.perform(post("/guidance/sessions").session(who).with(csrf()).param("heldOn", day)
                        .param("startsAt", from).param("endsAt", to).param("mode", "IN_PERSON"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String write(MockHttpSession who, UUID id, String kind, String body, int version) throws Exception {
        return follow(who, post("/guidance/sessions/" + id + "/texts/" + kind).param("body", body)
                .param("version", String.valueOf(version)));
    }

    /** The answer as a browser shows it: a redirect is followed, as the browser would at once. */
    private String follow(MockHttpSession who,
                          org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request.session(who).with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target == null ? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : page(who, target);
    }

    private String status(UUID id) {
        return jdbc.sql("select status from guidance_session where id = ?").param(id).query(String.class).single();
    }

    private String page(MockHttpSession who, String path) throws Exception {
        return mvc.perform(get(path).session(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession session(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
