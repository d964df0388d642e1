package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.LocalAccountSummary;
import no.veiviser.identity.Role;
import no.veiviser.organisation.ArenaType;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.ArenaSite;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo municipality has the cast and arenas the README promises. */
@IntegrationTest
class DemoCastTest {

    @Autowired
    Organisations organisations;

    @Autowired
    LearningArenas learningArenas;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    Enrolments enrolments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void drammenIsRegisteredForAllmennmedisinAndSamfunnsmedisin() {
        EducationOrganisation drammen = drammen();
        assertThat(organisations.registrations(drammen.id()))
                .extracting(registration -> registration.specialty())
                .containsExactly(Specialty.ALLMENNMEDISIN, Specialty.SAMFUNNSMEDISIN);
        assertThat(organisations.registrations(drammen.id()).get(0).registeredFrom()).isEqualTo(LocalDate.of(2019, 5, 23));
    }

    @Test
    void theSevenArenasOfTheDrammenPlanWithTheSixGpOfficesAsSites() {
        List<ArenaOverview> arenas = learningArenas.overview(drammen().id());
        assertThat(arenas).extracting(arena -> arena.arena().name()).containsExactly("Fastlegekontor", "Legevakt",
                "Sykehjem og KAD", "Helsestasjon/Migrasjon/Rus", "Smittevernkontoret", "Drammen helsehus",
                "Lokale møtearenaer (ALU, LSU og tilsvarende)");
        assertThat(arenas.get(0).arena().type()).isEqualTo(ArenaType.OPEN_UNSELECTED_PRACTICE);
        assertThat(arenas.get(0).sites()).extracting(ArenaSite::name).containsExactlyInAnyOrder("Bragernes Legesenter",
                "Drammen Legesenter", "Fjell Legesenter", "Helsehuset legekontor i Mjøndalen", "Konnerud legesenter",
                "Åssiden Legesenter");
        assertThat(arenas).filteredOn(arena -> arena.arena().type() == ArenaType.INSTITUTION_SERVICE)
                .extracting(arena -> arena.arena().name()).containsExactly("Drammen helsehus");
    }

    @Test
    void everyRoleOfTheBriefIsCast() {
        List<LocalAccountSummary> accounts = demoAccounts.list();
        assertThat(withRole(accounts, Role.ADMINISTRATOR)).containsExactly("admin");
        assertThat(withRole(accounts, Role.APPROVER)).hasSize(1);
        assertThat(accounts).filteredOn(account -> account.roles().contains(Role.APPROVER))
                .extracting(LocalAccountSummary::title).containsExactly("Kommuneoverlege");
        assertThat(withRole(accounts, Role.DEPARTMENT_HEAD)).hasSize(1);
        assertThat(withRole(accounts, Role.VEILEDER)).hasSize(3);
        assertThat(withRole(accounts, Role.CANDIDATE)).hasSize(11);
    }

    @Test
    void twoVeiledereAreSpecialistsAndOneHasATimeLimitedExemption() {
        List<String> kinds = jdbc.sql("""
                select q.kind from specialist_qualification q
                  join person_role r on r.person_id = q.person_id and r.role = 'VEILEDER'
                 order by q.kind
                """).query(String.class).list();
        assertThat(kinds).containsExactly("EXEMPTION", "SPECIALIST", "SPECIALIST");
        LocalDate exemptionEnds = jdbc.sql("select valid_until from specialist_qualification where kind = 'EXEMPTION'")
                .query(LocalDate.class).single();
        assertThat(exemptionEnds).isAfter(LocalDate.now(clock)).isBeforeOrEqualTo(LocalDate.now(clock).plusDays(60));
    }

    @Test
    void fiveSupervisorsOfDifferentProfessions() {
        List<String> professions = jdbc.sql("""
                select p.profession from person p join person_role r on r.person_id = p.id
                 where r.role = 'SUPERVISOR' and r.organisation_id = :drammen
                   and not exists (select 1 from person_role v where v.person_id = p.id and v.role = 'VEILEDER')
                 order by p.profession
                """).param("drammen", drammen().id()).query(String.class).list();
        assertThat(professions).containsExactly("MIDWIFE", "NURSE", "PHYSICIAN", "PHYSICIAN", "PHYSICIAN");
    }

    @Test
    void fourAlisAtDifferentStages() {
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        assertThat(enrolmentOf("nora.eide").startDate()).isEqualTo(thisMonth.minusMonths(2));
        assertThat(enrolmentOf("sindre.holm").startDate()).isEqualTo(thisMonth.minusMonths(24));
        assertThat(enrolmentOf("emma.vik").startDate()).isEqualTo(thisMonth.minusMonths(54));
        Enrolment converted = enrolmentOf("ole.brekke");
        assertThat(converted.scheme()).isEqualTo(Scheme.CONVERTED);
        assertThat(converted.startDate()).isBefore(LocalDate.of(2019, 3, 1));
    }

    @Test
    void sixLis1InTheCurrentIntakeForSixMonths() {
        List<Enrolment> lis1 = jdbc.sql("select a.person_id from account a").query(java.util.UUID.class).list().stream()
                .flatMap(person -> enrolments.of(person).stream())
                .filter(enrolment -> enrolment.programme() == ProgrammeType.LIS1)
                .toList();
        LocalDate intake = DemoMunicipality.currentLis1Intake(LocalDate.now(clock));
        assertThat(lis1).hasSize(6).allSatisfy(enrolment -> {
            assertThat(enrolment.startDate()).isEqualTo(intake);
            assertThat(enrolment.endDate()).isEqualTo(intake.plusMonths(6).minusDays(1));
        });
    }

    private Enrolment enrolmentOf(String username) {
        java.util.UUID person = jdbc.sql("select person_id from account where username = :username")
                .param("username", username).query(java.util.UUID.class).single();
        return enrolments.of(person).get(0);
    }

    private EducationOrganisation drammen() {
        return organisations.findByName("Drammen kommune").orElseThrow();
    }

    private static List<String> withRole(List<LocalAccountSummary> accounts, Role role) {
        return accounts.stream().filter(account -> account.roles().contains(role))
                .map(LocalAccountSummary::username).collect(Collectors.toList());
    }
}
