package no.veiviser.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.guidance.NewSession;
import no.veiviser.guidance.SessionMode;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.requirements.GuidanceMonths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The veileder's "mine kandidater": each candidate's guidance this year against what § 2 asks of her
 * service so far this year.
 */
@IntegrationTest
class GuidanceNeedsThisYearTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    ServiceRecords serviceRecords;

    @Autowired
    Organisations organisations;

    @Autowired
    GuidanceSessions guidance;

    @Autowired
    no.veiviser.guidance.SessionLists lists;

    private FreshCandidates.FreshCandidate alis;
    private Actor kari;

    /**
     * Open practice at 60 % from 1 September to 30 November 2026, confirmed; finalised sessions of 2.5
     * hours in September and 1 hour in October, none in November.
     */
    @BeforeEach
    void aPartTimeAlisWithSomeGuidance() {
        alis = fresh.alis();
        Actor head = new Actor(fresh.person(fresh.departmentHeadOf(alis)), alis.organisationId(),
                Set.of(Role.DEPARTMENT_HEAD));
        serviceRecords.confirm(head, serviceRecords.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(60), false, null, null)).id());
        kari = fresh.actor("kari.nordby");
        held(LocalDate.of(2026, 9, 15), LocalTime.of(13, 0), LocalTime.of(15, 30));
        held(LocalDate.of(2026, 10, 13), LocalTime.of(13, 0), LocalTime.of(14, 0));
    }

    /**
     * By hand, on 2 December 2026: § 2 in the wording of FOR-2024-12-16-3129 asks 42 hours a year of
     * full-time service, 3.5 a month; at 60 % that is 2.1 hours a month. September to November: 6.30
     * hours. Held 2.5 + 1 = 3.5 hours. October (1 hour) and November (none) are below their 2.1 hours;
     * September (2.5) is not.
     */
    @Test
    void theYearSoFarIsHeldAgainstTheShareOfTheService() {
        var onSecondDecember = new GuidanceNeedsThisYear(serviceRecords, organisations, lists,
                Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Oslo")));

        GuidanceMonths.Year year = onSecondDecember.thisYear(kari, List.of(alis.id())).get(alis.id());

        assertThat(year.year()).isEqualTo(2026);
        assertThat(year.need()).isEqualByComparingTo("6.30");
        assertThat(year.held()).isEqualByComparingTo("3.5");
        assertThat(year.monthsBelowNeed()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void theVeilederSeesHerCandidatesWithALinkToTheirGuidance() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("kari.nordby").password("demo")).andReturn().getRequest().getSession(false);
        String page = mvc.perform(get("/guidance").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Mine kandidater", "Krav hittil i år", "/candidates/" + alis.id() + "/guidance",
                "/candidates/" + fresh.person("nora.eide") + "/guidance");
    }

    @Test
    void aCandidateTheViewerMayNotReadIsNotThere() {
        UUID stranger = fresh.alis().id();
        var needs = new GuidanceNeedsThisYear(serviceRecords, organisations, lists, Clock.systemDefaultZone());
        org.assertj.core.api.Assertions.assertThat(needs.thisYear(fresh.actor("anders.lie"), List.of(stranger))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from access_log where subject_id = :id")
                .param("id", stranger).query(Long.class).single()).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void held(LocalDate day, LocalTime from, LocalTime to) {
        GuidanceSession session = guidance.plan(kari, new NewSession(alis.id(), day, from, to, SessionMode.IN_PERSON, null));
        guidance.finalise(kari, session.id());
    }
}
