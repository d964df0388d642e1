package no.veiviser.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** What a candidate reports; build it with one of the factories so that each kind has its fields. */
public record NewServiceRecord(ServiceRecordKind kind, LocalDate from, LocalDate to, ServiceCategory category,
                               BigDecimal positionPercent, boolean exemption50, String employer, UUID arenaId,
                               AbsenceType absenceType, LocalDateTime shiftStart, LocalDateTime shiftEnd) {

    public static NewServiceRecord period(LocalDate from, LocalDate to, ServiceCategory category,
                                          BigDecimal positionPercent, boolean exemption50, String employer,
                                          UUID arenaId) {
        return new NewServiceRecord(ServiceRecordKind.PERIOD, from, to, category, positionPercent, exemption50,
                employer, arenaId, null, null, null);
    }

    public static NewServiceRecord absence(LocalDate from, LocalDate to, AbsenceType type) {
        return new NewServiceRecord(ServiceRecordKind.ABSENCE, from, to, null, null, false, null, null, type, null,
                null);
    }

    public static NewServiceRecord onCallShift(LocalDateTime start, LocalDateTime end) {
        return new NewServiceRecord(ServiceRecordKind.ON_CALL_SHIFT, null, null, null, null, false, null, null, null,
                start, end);
    }
}
