package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.requirements.ReadinessInput.GuidanceSession;
import no.veiviser.requirements.ReadinessInput.Programme;
import no.veiviser.requirements.ReadinessInput.Scheme;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;
import org.junit.jupiter.api.Test;

/**
 * Individual guidance per month and year against § 2, computed by hand from the wordings:
 * 4 h × 10.5 / 12 = 3.5 h a month from 2022 (FOR-2021-12-21-3790, service at the registered
 * organisation only) and 42 / 12 = 3.5 h from 2025 (FOR-2024-12-16-3129); 3.5 h in 2021 for all
 * practical service (FOR-2020-12-09-2780). A month's share follows the position share.
 */
class GuidanceMonthsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    /** Full time across 2024 and 2025: two wordings, 3.5 h each month, 42 h each year. */
    @Test
    void fullTimeAcrossTwoWordings() {
        List<GuidanceSession> sessions = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            sessions.add(session(LocalDate.of(2024, month, 8)));
            if (month != 3) {
                sessions.add(session(LocalDate.of(2024, month, 22)));
            }
        }
        ReadinessInput input = alis(Scheme.NEW, null, sessions,
                period("2024-01-01", "2025-12-31", ServiceCategory.OPEN_PRACTICE, 100));

        List<GuidanceMonths.Month> months = GuidanceMonths.of(input);
        assertThat(months).hasSize(24).allSatisfy(month -> assertThat(rounded(month.need())).isEqualTo("3.50"));
        List<GuidanceMonths.Year> years = GuidanceMonths.byYear(months);
        assertThat(years).extracting(GuidanceMonths.Year::year).containsExactly(2024, 2025);
        assertThat(rounded(years.get(0).need())).isEqualTo("42.00");
        assertThat(rounded(years.get(0).held())).as("23 sessions of 1.75 h").isEqualTo("40.25");
        assertThat(years.get(0).monthsBelowNeed()).containsExactly(YearMonth.of(2024, 3));
        assertThat(rounded(years.get(1).need())).isEqualTo("42.00");
        assertThat(years.get(1).monthsBelowNeed()).hasSize(12);

        BigDecimal engineNeed = ReadinessEngine.evaluate(input).requirement("guidance.individual").need();
        assertThat(rounded(months.stream().map(GuidanceMonths.Month::need).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .as("the months add up to the requirement's need").isEqualTo(rounded(engineNeed));
    }

    /** 60 % in 2025: 0.6 × 3.5 = 2.1 h a month, 25.2 h in the year. */
    @Test
    void partTimeAsksItsShare() {
        List<GuidanceMonths.Month> months = GuidanceMonths.of(alis(Scheme.NEW, null, List.of(),
                period("2025-01-01", "2025-12-31", ServiceCategory.OPEN_PRACTICE, 60)));
        assertThat(months).hasSize(12).allSatisfy(month -> assertThat(rounded(month.need())).isEqualTo("2.10"));
        assertThat(rounded(GuidanceMonths.byYear(months).get(0).need())).isEqualTo("25.20");
    }

    /**
     * Institution service from July 2021 to June 2022: the 2021 wording asks 3.5 h a month of all
     * practical service (21 h for July–December); from 2022 only service at the registered
     * organisation carries the need, so January–June 2022 ask nothing.
     */
    @Test
    void serviceAwayFromTheRegisteredOrganisationAsksNothingFrom2022() {
        List<GuidanceMonths.Month> months = GuidanceMonths.of(alis(Scheme.NEW, null, List.of(),
                period("2021-07-01", "2022-06-30", ServiceCategory.INSTITUTION, 100)));
        List<GuidanceMonths.Year> years = GuidanceMonths.byYear(months);
        assertThat(years).extracting(GuidanceMonths.Year::year).containsExactly(2021);
        assertThat(rounded(years.get(0).need())).isEqualTo("21.00");
    }

    /** Converted on 1 July 2024: guidance is asked from then, 6 × 3.5 = 21 h in 2024. */
    @Test
    void aConvertedDoctorIsAskedFromHerConversion() {
        List<GuidanceMonths.Month> months = GuidanceMonths.of(alis(Scheme.CONVERTED, LocalDate.of(2024, 7, 1), List.of(),
                period("2024-01-01", "2024-12-31", ServiceCategory.OPEN_PRACTICE, 100)));
        assertThat(months).extracting(GuidanceMonths.Month::month).first().isEqualTo(YearMonth.of(2024, 7));
        assertThat(rounded(GuidanceMonths.byYear(months).get(0).need())).isEqualTo("21.00");
    }

    /**
     * The veileder's overview spreads only this year's months ({@link GuidanceMonths#year}); for
     * every golden case and every year it must say what the whole table says of that year.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("no.veiviser.requirements.GoldenCasesTest#cases")
    void oneYearIsThatYearOfTheWholeTable(java.nio.file.Path file) throws java.io.IOException {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        ReadinessInput input = json.treeToValue(json.readTree(java.nio.file.Files.readString(file)).get("input"),
                ReadinessInput.class);
        List<GuidanceMonths.Year> whole = GuidanceMonths.byYear(GuidanceMonths.of(input));
        for (int year = 2017; year <= input.asOf().getYear() + 1; year++) {
            int asked = year;
            assertThat(GuidanceMonths.year(input, year)).as(file.getFileName() + " " + year)
                    .isEqualTo(whole.stream().filter(found -> found.year() == asked).findFirst());
        }
    }

    private static ReadinessInput alis(Scheme scheme, LocalDate convertedOn, List<GuidanceSession> sessions,
                                       ServicePeriod... periods) {
        return new ReadinessInput(Programme.ALIS, AS_OF, scheme, null, List.of(periods), List.of(), List.of(), null,
                sessions, List.of(), List.of(), List.of(), null, null, convertedOn);
    }

    private static ServicePeriod period(String from, String to, ServiceCategory category, int percent) {
        return new ServicePeriod(LocalDate.parse(from), LocalDate.parse(to), category, BigDecimal.valueOf(percent), false);
    }

    private static GuidanceSession session(LocalDate day) {
        return new GuidanceSession(day, new BigDecimal("1.75"));
    }

    private static String rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
