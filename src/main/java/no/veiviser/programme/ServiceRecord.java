package no.veiviser.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A service period, an absence or an on-call shift that a candidate reported. Which fields are set
 * depends on the kind: a period has dates, category and position share (and optionally employer,
 * arena and an exemption from the 50 % floor); an absence has dates and type; a shift has start and
 * end in Norwegian wall-clock time.
 *
 * @param decidedBy       who confirmed or rejected it; null while reported or withdrawn
 * @param decisionComment the reason for a rejection (required then), or a confirmation's remark
 * @param replaces        the confirmed period whose position share this period changes from its first
 *                        day; null for an ordinary record
 */
public record ServiceRecord(UUID id, UUID enrolmentId, UUID candidateId, ServiceRecordKind kind, LocalDate from,
                            LocalDate to, ServiceCategory category, BigDecimal positionPercent, boolean exemption50,
                            String employer, UUID arenaId, AbsenceType absenceType, LocalDateTime shiftStart,
                            LocalDateTime shiftEnd, ServiceRecordStatus status, UUID decidedBy, String decisionComment,
                            int version, UUID replaces) {

    public boolean awaitsDecision() {
        return status == ServiceRecordStatus.REPORTED;
    }

    /** Whether this period changes the position share of another from its first day. */
    public boolean changesShare() {
        return replaces != null;
    }

    /** This period as it counts when another replaces it from {@code day}: up to the day before. */
    ServiceRecord endingBefore(LocalDate day) {
        return new ServiceRecord(id, enrolmentId, candidateId, kind, from, day.minusDays(1), category, positionPercent,
                exemption50, employer, arenaId, absenceType, shiftStart, shiftEnd, status, decidedBy, decisionComment,
                version, replaces);
    }

    /** Whether this shift overlaps another shift's time. */
    boolean overlapsShift(LocalDateTime start, LocalDateTime end) {
        return kind == ServiceRecordKind.ON_CALL_SHIFT && shiftStart.isBefore(end) && start.isBefore(shiftEnd);
    }
}
