package no.veiviser.readiness.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessInput.Absence;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * The service periods by category, the absences and the forecast date, laid out for a server-rendered
 * SVG: one lane per category present and one for absence, whole years on the axis. A bar's height
 * shows the position share. Coordinates are in the SVG's own units; the picture scales with the page.
 */
public record Timeline(int width, int height, int plotTop, int plotBottom, List<Lane> lanes, List<Bar> bars,
                       List<Tick> ticks, Marker today, Marker forecast) {

    static final int WIDTH = 880;
    static final int LABEL_WIDTH = 210;
    static final int LANE_HEIGHT = 34;
    static final int BAR_HEIGHT = 22;
    static final int TOP = 8;
    static final int AXIS_HEIGHT = 26;
    static final String ABSENCE_LANE = "absence";

    /** A row: a service category, or absence. */
    public record Lane(String key, int y, int labelY) {
    }

    /**
     * One period or absence.
     *
     * @param lane          the lane's key (a category name or {@code absence}), also its colour class
     * @param percent       the position share of a period; null for an absence
     * @param absenceType   the kind of absence; null for a period
     */
    public record Bar(String lane, int x, int y, int width, int height, LocalDate from, LocalDate to,
                      java.math.BigDecimal percent, String absenceType) {
    }

    /**
     * The start of a year on the axis.
     *
     * @param labelX where the year's label is centred (the middle of its span); 0 for the closing tick
     */
    public record Tick(int x, int labelX, int year) {
    }

    public record Marker(int x, LocalDate date) {
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    static Timeline of(ReadinessInput input, LocalDate forecast) {
        List<String> laneKeys = laneKeys(input);
        LocalDate start = LocalDate.of(firstDay(input).getYear(), 1, 1);
        LocalDate end = LocalDate.of(lastDay(input, forecast).getYear() + 1, 1, 1);
        Scale scale = new Scale(start, end);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneKeys.size(); i++) {
            int y = TOP + i * LANE_HEIGHT;
            lanes.add(new Lane(laneKeys.get(i), y, y + LANE_HEIGHT / 2 + 5));
        }
        List<Bar> bars = new ArrayList<>();
        input.servicePeriods().stream().sorted(Comparator.comparing(ServicePeriod::from)).forEach(period -> {
            int y = TOP + laneKeys.indexOf(period.category().name()) * LANE_HEIGHT;
            int height = Math.max(4, period.positionPercent().multiply(java.math.BigDecimal.valueOf(BAR_HEIGHT))
                    .divide(java.math.BigDecimal.valueOf(100), java.math.RoundingMode.HALF_UP).intValue());
            int barY = y + (LANE_HEIGHT - BAR_HEIGHT) / 2 + (BAR_HEIGHT - height);
            bars.add(scale.bar(period.category().name(), barY, height, period.from(), period.to(),
                    period.positionPercent(), null));
        });
        int absenceY = TOP + laneKeys.indexOf(ABSENCE_LANE) * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2;
        input.absences().stream().sorted(Comparator.comparing(Absence::from)).forEach(absence ->
                bars.add(scale.bar(ABSENCE_LANE, absenceY, BAR_HEIGHT, absence.from(), absence.to(), null,
                        absence.type().name())));
        int plotBottom = TOP + laneKeys.size() * LANE_HEIGHT;
        List<Tick> ticks = new ArrayList<>();
        int step = end.getYear() - start.getYear() > 12 ? 2 : 1;
        for (int year = start.getYear(); year <= end.getYear(); year += step) {
            int x = scale.x(LocalDate.of(year, 1, 1));
            int labelX = year + step > end.getYear() ? 0 : (x + scale.x(LocalDate.of(year + step, 1, 1))) / 2;
            ticks.add(new Tick(x, labelX, year));
        }
        return new Timeline(WIDTH, plotBottom + AXIS_HEIGHT, TOP, plotBottom, lanes, bars, ticks,
                new Marker(scale.x(input.asOf()), input.asOf()),
                forecast == null ? null : new Marker(scale.x(forecast.plusDays(1)), forecast));
    }

    private static List<String> laneKeys(ReadinessInput input) {
        List<String> keys = new ArrayList<>(Stream.of(ReadinessInput.ServiceCategory.values())
                .filter(category -> input.servicePeriods().stream().anyMatch(period -> period.category() == category))
                .map(Enum::name).toList());
        if (!input.absences().isEmpty()) {
            keys.add(ABSENCE_LANE);
        }
        return keys;
    }

    private static LocalDate firstDay(ReadinessInput input) {
        return Stream.concat(input.servicePeriods().stream().map(ServicePeriod::from),
                input.absences().stream().map(Absence::from)).min(LocalDate::compareTo).orElse(input.asOf());
    }

    private static LocalDate lastDay(ReadinessInput input, LocalDate forecast) {
        return Stream.of(input.servicePeriods().stream().map(ServicePeriod::to), input.absences().stream().map(Absence::to),
                Stream.of(input.asOf()), Stream.ofNullable(forecast)).flatMap(s -> s)
                .max(LocalDate::compareTo).orElseThrow();
    }

    /** Days to x: the plot runs from the start of the first year to the start of the year after the last. */
    private record Scale(LocalDate start, LocalDate end) {

        int x(LocalDate day) {
            long days = ChronoUnit.DAYS.between(start, end);
            return LABEL_WIDTH + (int) Math.round((double) ChronoUnit.DAYS.between(start, day) * (WIDTH - LABEL_WIDTH - 10) / days);
        }

        Bar bar(String lane, int y, int height, LocalDate from, LocalDate to, java.math.BigDecimal percent,
                String absenceType) {
            int x = x(from);
            return new Bar(lane, x, y, Math.max(2, x(to.plusDays(1)) - x), height, from, to, percent, absenceType);
        }
    }
}
