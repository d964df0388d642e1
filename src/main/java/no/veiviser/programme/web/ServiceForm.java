package no.veiviser.programme.web;

import no.veiviser.shared.TypedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecordKind;
import no.veiviser.shared.FormErrors;

/**
 * One of the three service forms as typed. Field ids on the page are prefixed by the form
 * ({@code period-from}, {@code absence-from}, {@code shift-start}) so that all three fit on one page.
 */
public record ServiceForm(ServiceRecordKind kind, String from, String to, String category, String positionPercent,
                          boolean exemption50, String employer, String arenaId, String absenceType, String shiftStart,
                          String shiftEnd) {

    public static ServiceForm empty(ServiceRecordKind kind) {
        return new ServiceForm(kind, "", "", "", "100", false, "", "", "", "", "");
    }

    /** An empty form; a period starts from her enrolment's position share, employer and arena. */
    public static ServiceForm empty(ServiceRecordKind kind, Enrolment enrolment) {
        if (kind != ServiceRecordKind.PERIOD) {
            return empty(kind);
        }
        return new ServiceForm(kind, "", "", "", enrolment.positionPercent().stripTrailingZeros().toPlainString(), false,
                enrolment.employer() == null ? "" : enrolment.employer(),
                enrolment.arenaId() == null ? "" : enrolment.arenaId().toString(), "", "", "");
    }

    /** The field id on the page. */
    public static String id(ServiceRecordKind kind, String field) {
        return switch (kind) {
            case PERIOD -> "period-";
            case ABSENCE -> "absence-";
            case ON_CALL_SHIFT -> "shift-";
        } + field;
    }

    /** What can be read from the typed text; what cannot is rejected into {@code errors}. */
    NewServiceRecord record(FormErrors errors) {
        return switch (kind) {
            case PERIOD -> NewServiceRecord.period(date("from", from, errors), date("to", to, errors),
                    value(ServiceCategory.values(), category), share(), exemption50, employer, arena());
            case ABSENCE -> NewServiceRecord.absence(date("from", from, errors), date("to", to, errors),
                    value(AbsenceType.values(), absenceType));
            case ON_CALL_SHIFT -> NewServiceRecord.onCallShift(time("shiftStart", shiftStart, errors),
                    time("shiftEnd", shiftEnd, errors));
        };
    }

    private LocalDate date(String field, String value, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        LocalDate date = TypedText.date(value);
        if (date == null) {
            errors.rejectDate(id(kind, field), value);
        }
        return date;
    }

    private LocalDateTime time(String field, String value, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        LocalDateTime time = TypedText.dateTime(value);
        if (time == null) {
            errors.reject(id(kind, field), "serviceRecord.time.invalid");
        }
        return time;
    }

    private BigDecimal share() {
        return TypedText.number(positionPercent);
    }

    private UUID arena() {
        return TypedText.uuid(arenaId);
    }

    private static <E extends Enum<E>> E value(E[] values, String name) {
        return TypedText.value(values, name);
    }

    private static boolean blank(String value) {
        return TypedText.blank(value);
    }
}
