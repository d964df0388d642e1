package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.veiviser.requirements.ReadinessInput.CourseCode;
import no.veiviser.requirements.ReadinessInput.CourseCompletion;
import no.veiviser.requirements.ReadinessInput.GroupGuidance;
import no.veiviser.requirements.ReadinessInput.GuidanceSession;
import no.veiviser.requirements.ReadinessInput.JointConsultation;
import no.veiviser.requirements.ReadinessInput.OnCallShift;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of a full five-year ALIS record: 60 monthly service periods (alternating share so
 * they are not joined), 400 on-call shifts, 250 guidance sessions, 120 goals; and what the readiness
 * pages do with it besides (its texts in a language, the guidance by month). Run as described in
 * docs/benchmarks.md; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadinessBenchmark {

    private final ReadinessInput record = fiveYearRecord();

    @Benchmark
    public ReadinessResult evaluateFiveYearRecord() {
        return ReadinessEngine.evaluate(record);
    }

    private final ReadinessResult evaluated = ReadinessEngine.evaluate(record);

    /** The evaluation's texts in bokmål, as the JSON API and the page write them (some 700 trace items). */
    @Benchmark
    public ReadinessView renderTextsOfFiveYearRecord() {
        return ReadinessView.of(evaluated, Text.BOKMAL);
    }

    /** Individual guidance month by month, the readiness page's table by year. */
    @Benchmark
    public Object guidanceMonths() {
        return GuidanceMonths.byYear(GuidanceMonths.of(record));
    }

    /** The forecast alone, to see its share of an evaluation. */
    @Benchmark
    public Object forecastOnly() {
        return Forecast.of(record, record.parameters().over(RuleSets.ALIS_2019.defaults()), RuleSets.ALIS_2019);
    }

    /** The on-call rule alone (400 shifts). */
    @Benchmark
    public Object onCallOnly() {
        return new OnCallRule().evaluate(new Evaluation(record, record.parameters().over(RuleSets.ALIS_2019.defaults()),
                record.asOf()));
    }

    static ReadinessInput fiveYearRecord() {
        LocalDate start = LocalDate.of(2021, 9, 1);
        List<ServicePeriod> periods = new ArrayList<>();
        for (int month = 0; month < 60; month++) {
            LocalDate from = start.plusMonths(month);
            ServiceCategory category = month >= 48 && month < 54 ? ServiceCategory.INSTITUTION : ServiceCategory.OPEN_PRACTICE;
            periods.add(new ServicePeriod(from, from.plusMonths(1).minusDays(1), category,
                    BigDecimal.valueOf(month % 2 == 0 ? 100 : 90), false));
        }
        List<OnCallShift> shifts = new ArrayList<>();
        for (int shift = 0; shift < 400; shift++) {
            LocalDate day = start.plusDays(shift * 4L);
            shifts.add(new OnCallShift(day.atTime(16, 0), day.plusDays(1).atTime(0, 0)));
        }
        List<GuidanceSession> guidance = new ArrayList<>();
        for (int session = 0; session < 250; session++) {
            guidance.add(new GuidanceSession(start.plusDays(session * 7L), BigDecimal.ONE));
        }
        List<String> goals = new ArrayList<>();
        for (int goal = 1; goal <= 120; goal++) {
            goals.add(goal <= 88 ? "ALM-%03d".formatted(goal) : "FKM-%03d".formatted(goal - 88));
        }
        List<JointConsultation> consultations = new ArrayList<>();
        for (int consultation = 0; consultation < 10; consultation++) {
            consultations.add(new JointConsultation(start.plusMonths(consultation)));
        }
        List<CourseCompletion> courses = List.of(new CourseCompletion(CourseCode.GRUNNKURS_A, null, null, start.plusMonths(3)),
                new CourseCompletion(CourseCode.EMNEKURS, "Hud", BigDecimal.valueOf(15), start.plusMonths(9)));
        return new ReadinessInput(ReadinessInput.Programme.ALIS, start.plusYears(5).minusDays(1), null, null, periods,
                List.of(), shifts, null, guidance,
                List.of(new GroupGuidance(start, start.plusYears(2).minusDays(1), BigDecimal.valueOf(120))),
                consultations, courses, new ReadinessInput.Goals(goals, goals.subList(0, 100)), null);
    }
}
