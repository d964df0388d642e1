package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.veiviser.requirements.ReadinessInput.Goals;
import no.veiviser.requirements.ReadinessInput.OfficeHours;
import no.veiviser.requirements.ReadinessInput.OnCallShift;
import no.veiviser.requirements.ReadinessInput.Programme;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;
import org.junit.jupiter.api.Test;

/** The engine defects a hand-computed review found; each assertion failed on the code before the fix. */
class EngineDefectsTest {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Test
    void withoutGoalsTheGoalRequirementIsUndeterminedAndTheRecordNotReady() {
        ReadinessResult result = ReadinessEngine.evaluate(alis(LocalDate.of(2026, 6, 30), List.of(
                period("2019-03-01", "2024-02-29", ServiceCategory.OPEN_PRACTICE, FULL)), null));
        RequirementResult goals = requirement(result, "goals.approved");
        assertThat(goals.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(goals.have()).isNull();
        assertThat(result.ready()).isFalse();
    }

    @Test
    void partialOfficeHoursAreRefusedNamingTheMissingPart() {
        ReadinessInput input = new ReadinessInput(Programme.ALIS, LocalDate.of(2026, 6, 30), null, null,
                List.of(period("2024-01-01", "2024-12-31", ServiceCategory.OPEN_PRACTICE, FULL)), List.of(),
                List.of(), new OfficeHours(Set.of(java.time.DayOfWeek.MONDAY), LocalTime.of(8, 0), null),
                List.of(), List.of(), List.of(), List.of(), null, null);
        assertThat(catchThrowableOfType(InvalidReadinessInput.class, () -> ReadinessEngine.evaluate(input)).field())
                .isEqualTo("officeHours.closes");
    }

    @Test
    void aMissingEndIsNamedAsTheEnd() {
        ReadinessInput missingTo = alis(LocalDate.of(2026, 6, 30), List.of(
                new ServicePeriod(LocalDate.of(2024, 1, 1), null, ServiceCategory.OPEN_PRACTICE, FULL, false)), null);
        assertThat(catchThrowableOfType(InvalidReadinessInput.class, () -> ReadinessEngine.evaluate(missingTo)).field())
                .isEqualTo("servicePeriods[0].to");
        ReadinessInput missingEnd = new ReadinessInput(Programme.ALIS, LocalDate.of(2026, 6, 30), null, null, List.of(),
                List.of(), List.of(new OnCallShift(LocalDateTime.of(2024, 3, 1, 16, 0), null)), null, List.of(), List.of(),
                List.of(), List.of(), null, null);
        assertThat(catchThrowableOfType(InvalidReadinessInput.class, () -> ReadinessEngine.evaluate(missingEnd)).field())
                .isEqualTo("onCallShifts[0].end");
    }

    @Test
    void twoFullTimePositionsAtOnceCountOneYearInAYear() {
        // 2022, open practice 100 % and other general-practice service 100 % the whole year: each day
        // counts half for each, so 6 + 6 = 12 months, not 24 (the total was 24 before the fix).
        ReadinessResult result = ReadinessEngine.evaluate(alis(LocalDate.of(2022, 12, 31), List.of(
                period("2022-01-01", "2022-12-31", ServiceCategory.OPEN_PRACTICE, FULL),
                period("2022-01-01", "2022-12-31", ServiceCategory.OTHER_GP_SERVICE, FULL)), null));
        assertThat(requirement(result, "service.total").have()).isEqualByComparingTo("12.00");
        assertThat(requirement(result, "service.openPractice").have()).isEqualByComparingTo("6.00");
    }

    @Test
    void concurrentPartTimePositionsUpToFullTimeBothCountWhole() {
        // 50 % at an office and 30 % at a nursing home all of 2022: 6 + 3.6 = 9.6 months, nothing capped.
        ReadinessResult result = ReadinessEngine.evaluate(alis(LocalDate.of(2022, 12, 31), List.of(
                period("2022-01-01", "2022-12-31", ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(50)),
                period("2022-01-01", "2022-12-31", ServiceCategory.OTHER_GP_SERVICE, BigDecimal.valueOf(30))), null));
        assertThat(requirement(result, "service.total").have()).isEqualByComparingTo("9.60");
    }

    @Test
    void theForecastIsNotCutOffTwentyYearsAhead() {
        // 24 months of open practice and 6 of institution, then other general-practice service at 10 %:
        // on 2026-06-30 that is 58 months at 10 % = 5.8 of the 30 months the total still needs, so 24.2
        // more at 10 % = 242 months, past the twenty years the forecast used to look ahead.
        ReadinessResult result = ReadinessEngine.evaluate(alis(LocalDate.of(2026, 6, 30), List.of(
                period("2019-03-01", "2021-02-28", ServiceCategory.OPEN_PRACTICE, FULL),
                period("2021-03-01", "2021-08-31", ServiceCategory.INSTITUTION, FULL),
                period("2021-09-01", "2026-06-30", ServiceCategory.OTHER_GP_SERVICE, BigDecimal.TEN)), null));
        assertThat(result.earliestCompletion()).as(String.valueOf(result.earliestCompletionNote())).isNotNull()
                .isAfter(LocalDate.of(2046, 7, 1));
    }

    private static ReadinessInput alis(LocalDate asOf, List<ServicePeriod> periods, Goals goals) {
        return new ReadinessInput(Programme.ALIS, asOf, null, null, periods, List.of(), List.of(), null, List.of(),
                List.of(), List.of(), List.of(), goals, null);
    }

    private static ServicePeriod period(String from, String to, ServiceCategory category, BigDecimal share) {
        return new ServicePeriod(LocalDate.parse(from), LocalDate.parse(to), category, share, false);
    }

    private static RequirementResult requirement(ReadinessResult result, String id) {
        return result.requirements().stream().filter(requirement -> requirement.id().equals(id)).findFirst().orElseThrow();
    }
}
