package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.veiviser.requirements.ReadinessInput.Absence;
import no.veiviser.requirements.ReadinessInput.AbsenceType;
import no.veiviser.requirements.ReadinessInput.GroupGuidance;
import no.veiviser.requirements.ReadinessInput.Programme;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties every evaluation keeps, on random records (seeded by the repetition, so a failure
 * repeats): splitting a period changes nothing; adding a period or raising a share never lowers any
 * {@code have} while positions do not overlap; and however they overlap, the counted service never
 * exceeds full time on any day. (Where concurrent positions add up to more than full time each counts
 * in proportion, so adding an overlapping one may move counted time between categories.)
 */
class ReadinessPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);
    private static final ServiceCategory[] CATEGORIES = {ServiceCategory.OPEN_PRACTICE, ServiceCategory.OTHER_GP_SERVICE,
        ServiceCategory.INSTITUTION, ServiceCategory.OTHER_SPECIALTY, ServiceCategory.RESEARCH,
        ServiceCategory.COMMUNITY_MEDICINE};
    /** The programmes whose rules count part-3 service; each random record is evaluated under both. */
    private static final Programme[] PROGRAMMES = {Programme.ALIS, Programme.SAMLIS};

    @RepeatedTest(200)
    void splittingAPeriodInTwoChangesNoResult(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<ServicePeriod> periods = periods(random);
        int index = random.nextInt(periods.size());
        ServicePeriod period = periods.get(index);
        long days = ChronoUnit.DAYS.between(period.from(), period.to());
        if (days < 1) {
            return;
        }
        LocalDate cut = period.from().plusDays(1 + random.nextLong(days));
        List<ServicePeriod> split = new ArrayList<>(periods);
        split.set(index, new ServicePeriod(period.from(), cut.minusDays(1), period.category(), period.positionPercent(), period.exemption50()));
        split.add(new ServicePeriod(cut, period.to(), period.category(), period.positionPercent(), period.exemption50()));
        for (Programme programme : PROGRAMMES) {
            ReadinessResult whole = evaluate(programme, periods);
            ReadinessResult parts = evaluate(programme, split);
            assertThat(parts.requirements()).as(programme.name()).isEqualTo(whole.requirements());
            assertThat(parts.earliestCompletion()).as(programme.name()).isEqualTo(whole.earliestCompletion());
        }
    }

    @RepeatedTest(200)
    void addingAPeriodNeverLowersAnyHave(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        List<ServicePeriod> periods = periods(random);
        List<ServicePeriod> more = new ArrayList<>(periods);
        more.add(periodAfter(periods.get(periods.size() - 1).to(), random));
        for (Programme programme : PROGRAMMES) {
            assertNoHaveLower(evaluate(programme, periods), evaluate(programme, more));
        }
    }

    @RepeatedTest(200)
    void raisingAPositionShareNeverLowersAnyHave(RepetitionInfo repetition) {
        Random random = new Random(2000 + repetition.getCurrentRepetition());
        List<ServicePeriod> periods = periods(random);
        int index = random.nextInt(periods.size());
        ServicePeriod period = periods.get(index);
        BigDecimal raised = period.positionPercent().add(BigDecimal.valueOf(random.nextInt(101 - period.positionPercent().intValue())));
        List<ServicePeriod> higher = new ArrayList<>(periods);
        higher.set(index, new ServicePeriod(period.from(), period.to(), period.category(), raised, period.exemption50()));
        for (Programme programme : PROGRAMMES) {
            assertNoHaveLower(evaluate(programme, periods), evaluate(programme, higher));
        }
    }

    @RepeatedTest(200)
    void overlappingPositionsNeverCountMoreThanFullTime(RepetitionInfo repetition) {
        Random random = new Random(3000 + repetition.getCurrentRepetition());
        List<ServicePeriod> periods = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(5); i++) {
            LocalDate from = LocalDate.of(2019, 3, 1).plusDays(random.nextInt(1500));
            periods.add(new ServicePeriod(from, from.plusDays(random.nextInt(900)), CATEGORIES[random.nextInt(CATEGORIES.length)],
                    BigDecimal.valueOf(List.of(20, 50, 80, 100).get(random.nextInt(4))), false));
        }
        ReadinessInput input = new ReadinessInput(Programme.ALIS, AS_OF, null, null, periods, List.of(), List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, null);
        BigDecimal counted = ServiceLedger.of(input, Parameters.NONE, AS_OF).months(period -> true);
        BigDecimal calendar = ServiceLedger.union(periods.stream().map(ServicePeriod::range).toList()).stream()
                .map(DateRange::months).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(counted).isLessThanOrEqualTo(calendar.add(new BigDecimal("1e-15")));
    }

    private static void assertNoHaveLower(ReadinessResult before, ReadinessResult after) {
        for (RequirementResult result : before.requirements()) {
            BigDecimal have = after.requirement(result.id()).have();
            if (result.have() == null) {
                assertThat(have).as(result.id() + " stays undetermined").isNull();
            } else {
                assertThat(have).as(result.id()).isGreaterThanOrEqualTo(result.have());
            }
        }
    }

    /** The same absences and group guidance for both sides of a comparison (seeded). */
    private static ReadinessResult evaluate(Programme programme, List<ServicePeriod> periods) {
        Random random = new Random(42);
        List<Absence> absences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500));
            absences.add(new Absence(from, from.plusDays(random.nextInt(60)), AbsenceType.values()[random.nextInt(AbsenceType.values().length)]));
        }
        LocalDate groupStart = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(700));
        return ReadinessEngine.evaluate(new ReadinessInput(programme, AS_OF, null, null, periods, absences, List.of(),
                null, List.of(), List.of(new GroupGuidance(groupStart, groupStart.plusMonths(24).minusDays(1), BigDecimal.valueOf(120))),
                List.of(), List.of(), null, null));
    }

    /** One to six positions one after another (gaps allowed, no overlap). */
    private static List<ServicePeriod> periods(Random random) {
        List<ServicePeriod> periods = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        LocalDate previousEnd = LocalDate.of(2019, 2, 28);
        for (int i = 0; i < count; i++) {
            ServicePeriod period = periodAfter(previousEnd, random);
            periods.add(period);
            previousEnd = period.to();
        }
        return periods;
    }

    private static ServicePeriod periodAfter(LocalDate previousEnd, Random random) {
        LocalDate from = previousEnd.plusDays(1 + random.nextInt(300));
        LocalDate to = from.plusDays(random.nextInt(500));
        int percent = List.of(20, 40, 50, 60, 80, 100).get(random.nextInt(6));
        return new ServicePeriod(from, to, CATEGORIES[random.nextInt(CATEGORIES.length)], BigDecimal.valueOf(percent),
                random.nextInt(10) == 0);
    }
}
