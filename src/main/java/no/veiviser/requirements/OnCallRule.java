package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.veiviser.requirements.ReadinessInput.OfficeHours;
import no.veiviser.requirements.ReadinessInput.OnCallShift;

/**
 * onCall.qualifyingShifts: 40 legevakt shifts with at least 6 hours outside the office's opening
 * hours. Weekends, days the office is closed and Norwegian public holidays are wholly outside. Hours
 * are wall-clock hours in Norway (a shift across a daylight-saving change counts as planned).
 */
final class OnCallRule extends DefinedRule {

    static final long MINIMUM_MINUTES = 6 * 60;
    private static final int MINUTES_PER_DAY = 24 * 60;

    OnCallRule() {
        super("onCall.qualifyingShifts", Unit.COUNT,
                "Drammen kommunes utdanningsplan kap. 4, 7.2 og 10 (læringsmål ALM-040, ALM-058, ALM-068)",
                "Minst 40 legevakter med minst 6 timer utenfor kontorets åpningstid; helg og helligdager er helt utenfor.");
    }

    @Override
    public RequirementResult evaluate(Evaluation evaluation) {
        List<TraceItem> trace = new ArrayList<>(evaluation.input.onCallShifts().size());
        OfficeHours office = evaluation.input.officeHours();
        Set<DayOfWeek> openDays = office.days().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(office.days());
        int qualifying = 0;
        int tooShort = 0;
        for (OnCallShift shift : evaluation.input.onCallShifts()) {
            if (shift.start().toLocalDate().isAfter(evaluation.asOf)) {
                continue;
            }
            long outside = minutesOutsideOfficeHours(shift, openDays, office);
            boolean counts = outside >= MINIMUM_MINUTES;
            qualifying += counts ? 1 : 0;
            tooShort += counts ? 0 : 1;
            trace.add(new TraceItem(Text.of("trace.shift", shift.start(), shift.end()), counts ? BigDecimal.ONE : BigDecimal.ZERO,
                    Text.of(counts ? "onCall.outside" : "onCall.outsideTooShort", hours(outside).toString())));
        }
        Text explanation = Text.join(Text.of("onCall.summary", qualifying),
                tooShort > 0 ? Text.of("onCall.tooShort", tooShort) : null);
        return result(BigDecimal.valueOf(qualifying), BigDecimal.valueOf(40), explanation, trace);
    }

    /** The minutes of a shift outside opening hours, day by day across midnight. */
    static long minutesOutsideOfficeHours(OnCallShift shift, Set<DayOfWeek> openDays, OfficeHours office) {
        LocalDate first = shift.start().toLocalDate();
        LocalDate last = shift.end().toLocalDate();
        int opens = minuteOfDay(office.opens());
        int closes = minuteOfDay(office.closes());
        long outside = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int from = day.equals(first) ? minuteOfDay(shift.start().toLocalTime()) : 0;
            int to = day.equals(last) ? minuteOfDay(shift.end().toLocalTime()) : MINUTES_PER_DAY;
            if (to <= from) {
                continue;
            }
            int part = to - from;
            if (openDays.contains(day.getDayOfWeek()) && !NorwegianHolidays.isHoliday(day)) {
                part -= Math.max(0, Math.min(to, closes) - Math.max(from, opens));
            }
            outside += part;
        }
        return outside;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** Minutes as hours with two decimals and a decimal comma, e.g. 390 → "6,50". */
    private static StringBuilder hours(long minutes) {
        long hundredths = Math.round(minutes * 100 / 60.0);
        long rest = hundredths % 100;
        return new StringBuilder(40).append(hundredths / 100).append(rest < 10 ? ",0" : ",").append(rest);
    }
}
