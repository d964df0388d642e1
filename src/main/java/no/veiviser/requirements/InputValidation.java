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
            field.require(period.from() != null, ".from", "En periode trenger en fra-dato.");
            field.require(period.to() != null, ".to", "En periode trenger en til-dato.");
            field.require(!period.to().isBefore(period.from()), ".to", "Perioden slutter før den begynner.");
            field.require(period.category() != null, ".category", "Oppgi kategori for perioden.");
            field.require(period.positionPercent() != null && period.positionPercent().compareTo(BigDecimal.ONE) >= 0
                    && period.positionPercent().compareTo(HUNDRED) <= 0, ".positionPercent",
                    "Stillingsprosenten må være mellom 1 og 100.");
        });
        each(input.absences(), "absences", (absence, field) -> {
            field.require(absence.from() != null, ".from", "Fravær trenger en fra-dato.");
            field.require(absence.to() != null, ".to", "Fravær trenger en til-dato.");
            field.require(!absence.to().isBefore(absence.from()), ".to", "Fraværet slutter før det begynner.");
            field.require(absence.type() != null, ".type", "Oppgi type fravær.");
        });
        each(input.onCallShifts(), "onCallShifts", (shift, field) -> {
            field.require(shift.start() != null, ".start", "En vakt trenger et starttidspunkt.");
            field.require(shift.end() != null, ".end", "En vakt trenger et sluttidspunkt.");
            field.require(shift.end().isAfter(shift.start()), ".end", "Vakten slutter før den begynner.");
        });
        checkNoOverlap(input.onCallShifts());
        checkOfficeHours(input.officeHours());
        each(input.guidanceSessions(), "guidanceSessions", (session, field) -> {
            field.require(session.date() != null, ".date", "Oppgi datoen for veiledningen.");
            field.require(session.hours() != null && session.hours().signum() > 0, ".hours", "Timer må være over 0.");
        });
        each(input.groupGuidance(), "groupGuidance", (group, field) -> {
            field.require(group.from() != null, ".from", "Gruppeveiledning trenger en fra-dato.");
            field.require(group.to() != null, ".to", "Gruppeveiledning trenger en til-dato.");
            field.require(!group.to().isBefore(group.from()), ".to", "Perioden slutter før den begynner.");
            field.require(group.hours() != null && group.hours().signum() >= 0, ".hours", "Timer kan ikke være negative.");
        });
        each(input.jointConsultations(), "jointConsultations", (consultation, field) ->
                field.require(consultation.date() != null, ".date", "Oppgi datoen for felleskonsultasjonen."));
        each(input.courses(), "courses", (course, field) ->
                field.require(course.code() != null, ".code", "Oppgi kurskode."));
    }

    /** Office hours decide which shifts are outside them; all three parts are needed, or none (the default). */
    private static void checkOfficeHours(ReadinessInput.OfficeHours hours) {
        require(hours.days() != null && !hours.days().isEmpty(), "officeHours.days",
                "Oppgi hvilke dager kontoret er åpent, for eksempel [\"MONDAY\", …], eller utelat officeHours.");
        require(hours.opens() != null, "officeHours.opens", "Oppgi når kontoret åpner (08:00), eller utelat officeHours.");
        require(hours.closes() != null, "officeHours.closes", "Oppgi når kontoret stenger (16:00), eller utelat officeHours.");
        require(hours.closes().isAfter(hours.opens()), "officeHours.closes", "Kontoret må stenge etter at det åpner.");
    }

    private static void checkNoOverlap(List<OnCallShift> shifts) {
        List<Integer> order = IntStream.range(0, shifts.size()).boxed()
                .sorted(Comparator.comparing(index -> shifts.get(index).start())).toList();
        for (int position = 1; position < order.size(); position++) {
            OnCallShift previous = shifts.get(order.get(position - 1));
            OnCallShift current = shifts.get(order.get(position));
            if (current.start().isBefore(previous.end())) {
                throw new InvalidReadinessInput("onCallShifts[" + order.get(position) + "].start",
                        "Vakten overlapper vakten som begynner " + previous.start() + ".");
            }
        }
    }

    private interface Check<T> {
        void check(T item, Field field);
    }

    /** An item of a list; its name ({@code servicePeriods[1].to}) is only built when a check fails. */
    private record Field(String list, int index) {

        void require(boolean condition, String suffix, String message) {
            if (!condition) {
                throw new InvalidReadinessInput(list + "[" + index + "]" + suffix, message);
            }
        }
    }

    private static <T> void each(List<T> items, String name, Check<T> check) {
        for (int index = 0; index < items.size(); index++) {
            Field field = new Field(name, index);
            field.require(items.get(index) != null, "", "Tomt element.");
            check.check(items.get(index), field);
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidReadinessInput(field, message);
        }
    }
}
