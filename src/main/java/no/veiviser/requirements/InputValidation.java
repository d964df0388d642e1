package no.veiviser.requirements;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.requirements.ReadinessInput.OnCallShift;

/** The checks an input must pass before any rule looks at it; the first failure names field and index. */
final class InputValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InputValidation() {
    }

    static void check(ReadinessInput input) {
        require(input.programme() != null, "programme", "Oppgi utdanningsløp: ALIS, LIS1 eller SAMLIS.");
        require(input.asOf() != null, "asOf", "Oppgi datoen vurderingen gjelder (asOf).");
        each(input.servicePeriods(), "servicePeriods", (period, field) -> {
            require(period.from() != null && period.to() != null, field + ".from", "En periode trenger fra- og til-dato.");
            require(!period.to().isBefore(period.from()), field + ".to", "Perioden slutter før den begynner.");
            require(period.category() != null, field + ".category", "Oppgi kategori for perioden.");
            require(period.positionPercent() != null && period.positionPercent().compareTo(BigDecimal.ONE) >= 0
                    && period.positionPercent().compareTo(HUNDRED) <= 0, field + ".positionPercent",
                    "Stillingsprosenten må være mellom 1 og 100.");
        });
        each(input.absences(), "absences", (absence, field) -> {
            require(absence.from() != null && absence.to() != null, field + ".from", "Fravær trenger fra- og til-dato.");
            require(!absence.to().isBefore(absence.from()), field + ".to", "Fraværet slutter før det begynner.");
            require(absence.type() != null, field + ".type", "Oppgi type fravær.");
        });
        each(input.onCallShifts(), "onCallShifts", (shift, field) -> {
            require(shift.start() != null && shift.end() != null, field + ".start", "En vakt trenger start og slutt.");
            require(shift.end().isAfter(shift.start()), field + ".end", "Vakten slutter før den begynner.");
        });
        checkNoOverlap(input.onCallShifts());
        each(input.guidanceSessions(), "guidanceSessions", (session, field) -> {
            require(session.date() != null, field + ".date", "Oppgi datoen for veiledningen.");
            require(session.hours() != null && session.hours().signum() > 0, field + ".hours", "Timer må være over 0.");
        });
        each(input.groupGuidance(), "groupGuidance", (group, field) -> {
            require(group.from() != null && group.to() != null, field + ".from", "Gruppeveiledning trenger fra- og til-dato.");
            require(!group.to().isBefore(group.from()), field + ".to", "Perioden slutter før den begynner.");
            require(group.hours() != null && group.hours().signum() >= 0, field + ".hours", "Timer kan ikke være negative.");
        });
        each(input.jointConsultations(), "jointConsultations", (consultation, field) ->
                require(consultation.date() != null, field + ".date", "Oppgi datoen for felleskonsultasjonen."));
        each(input.courses(), "courses", (course, field) ->
                require(course.code() != null, field + ".code", "Oppgi kurskode."));
    }

    private static void checkNoOverlap(List<OnCallShift> shifts) {
        List<Integer> order = IntStream.range(0, shifts.size()).boxed()
                .sorted(Comparator.comparing(index -> shifts.get(index).start())).toList();
        for (int position = 1; position < order.size(); position++) {
            OnCallShift previous = shifts.get(order.get(position - 1));
            OnCallShift current = shifts.get(order.get(position));
            require(!current.start().isBefore(previous.end()), "onCallShifts[" + order.get(position) + "].start",
                    "Vakten overlapper vakten som begynner " + previous.start() + ".");
        }
    }

    private interface Check<T> {
        void check(T item, String field);
    }

    private static <T> void each(List<T> items, String name, Check<T> check) {
        for (int index = 0; index < items.size(); index++) {
            String field = name + "[" + index + "]";
            require(items.get(index) != null, field, "Tomt element.");
            check.check(items.get(index), field);
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidReadinessInput(field, message);
        }
    }
}
