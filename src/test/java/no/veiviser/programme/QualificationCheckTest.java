package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.Test;

/** Rule VEILEDER-QUALIFICATION, spesialistforskriften § 25 third and fourth paragraphs. */
class QualificationCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void aSpecialistInAllmennmedisinMayBeVeilederForAlis() {
        var outcome = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN)), DAY);
        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.messageKey()).isNull();
    }

    @Test
    void aSpecialistInAnotherSpecialtyMayNot() {
        var outcome = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.specialist(Specialty.SAMFUNNSMEDISIN)), DAY);
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo("veileder.notQualified");
    }

    @Test
    void withoutAnyQualificationTheAssignmentIsRefused() {
        assertThat(QualificationCheck.check(ProgrammeType.SAMLIS, List.of(), DAY).allowed()).isFalse();
    }

    @Test
    void anExemptionValidOnTheDayAllowsIt() {
        // Ends 2027-03-31: 129 days after 2026-11-22 (8 + 31 + 31 + 28 + 31), more than 60: no warning.
        var outcome = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, LocalDate.of(2027, 3, 31))), DAY);
        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.messageKey()).isNull();
    }

    @Test
    void anExemptionEndingWithinSixtyDaysIsFlagged() {
        // Ends 2027-01-21: 60 days after 2026-11-22 (8 + 31 + 21) — the last day that is flagged.
        var flagged = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, LocalDate.of(2027, 1, 21))), DAY);
        assertThat(flagged.allowed()).isTrue();
        assertThat(flagged.messageKey()).isEqualTo("veileder.exemptionEndsSoon");
        assertThat(flagged.arguments()).containsExactly(LocalDate.of(2027, 1, 21), 60L);
        // One day later (61 days) is not flagged.
        var notFlagged = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, LocalDate.of(2027, 1, 22))), DAY);
        assertThat(notFlagged.messageKey()).isNull();
    }

    @Test
    void anExemptionThatHasEndedIsRefused() {
        var outcome = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, LocalDate.of(2026, 11, 21))), DAY);
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo("veileder.exemptionExpired");
    }

    @Test
    void anExemptionEndingOnTheDayStillHoldsThatDay() {
        var outcome = QualificationCheck.check(ProgrammeType.ALIS,
                List.of(SpecialistQualification.exemption(Specialty.ALLMENNMEDISIN, DAY)), DAY);
        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.messageKey()).isEqualTo("veileder.exemptionEndsSoon");
    }

    @Test
    void lis1HasNoSpecialistRequirementForItsVeileder() {
        assertThat(QualificationCheck.check(ProgrammeType.LIS1, List.of(), DAY).allowed()).isTrue();
    }
}
