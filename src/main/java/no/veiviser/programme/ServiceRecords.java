package no.veiviser.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.programme.internal.ServiceRecordRepository;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.Plausibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's service periods, absences and on-call shifts: she reports them, the department head
 * of her organisation confirms or rejects those of her current enrolment. Who may read and decide is
 * the access policy's ({@link Audience#READ_SERVICE}, {@link Audience#DECIDE_SERVICE}); anyone else is
 * told the candidate does not exist.
 */
@Service
public class ServiceRecords {

    static final int EMPLOYER_MAX_LENGTH = 200;
    private static final DateTimeFormatter SHIFT_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ServiceRecordRepository records;
    private final Enrolments enrolments;
    private final CandidateAccess access;
    private final LearningArenas arenas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRecords(ServiceRecordRepository records, Enrolments enrolments, CandidateAccess access,
                   LearningArenas arenas, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.enrolments = enrolments;
        this.access = access;
        this.arenas = arenas;
        this.events = events;
        this.clock = clock;
    }

    /** The candidate reports a period, an absence or a shift in her current enrolment. */
    @Transactional
    public ServiceRecord report(Actor candidate, NewServiceRecord reported) {
        Enrolment enrolment = enrolments.of(candidate.personId()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
        validate(enrolment, reported);
        if (reported.kind() == ServiceRecordKind.ON_CALL_SHIFT) {
            records.lockEnrolment(enrolment.id());
            refuseOverlappingShift(enrolment, reported);
        }
        if (reported.kind() == ServiceRecordKind.PERIOD) {
            records.lockEnrolment(enrolment.id());
            refuseMoreThanFullTime(standingPeriods(records.ofEnrolment(enrolment.id())), reported.from(), reported.to(),
                    reported.positionPercent());
        }
        return insert(candidate, new ServiceRecord(UUID.randomUUID(), enrolment.id(), candidate.personId(),
                reported.kind(), reported.from(), reported.to(), reported.category(), reported.positionPercent(),
                reported.exemption50(), blankToNull(reported.employer()), reported.arenaId(), reported.absenceType(),
                reported.shiftStart(), reported.shiftEnd(), ServiceRecordStatus.REPORTED, null, null, 0, null));
    }

    /**
     * The candidate reports that the position share of a confirmed period changes from a date (she went
     * from 100 % to 80 %). A confirmed period is never changed, so this reports a new period from that
     * date to the old one's last day, with the new share and everything else as before; once the
     * department head confirms it, the old period counts up to the day before.
     */
    @Transactional
    public ServiceRecord changeShare(Actor candidate, UUID periodId, LocalDate from, BigDecimal share) {
        ServiceRecord period = records.find(periodId)
                .filter(found -> found.candidateId().equals(candidate.personId())
                        && found.kind() == ServiceRecordKind.PERIOD)
                .orElseThrow(() -> new NotFoundException("Service record"));
        records.lockEnrolment(period.enrolmentId());
        List<ServiceRecord> all = records.ofEnrolment(period.enrolmentId());
        require(period.status() == ServiceRecordStatus.CONFIRMED, "from", "serviceRecord.share.notConfirmed");
        CandidateService.changeOf(all, period).ifPresent(change -> {
            throw new InvalidInputException("from", "serviceRecord.share.alreadyChanged", DATE.format(change.from()));
        });
        require(from != null, "from", "serviceRecord.from.required");
        require(from.isAfter(period.from()) && !from.isAfter(period.to()), "from", "serviceRecord.share.fromOutside",
                DATE.format(period.from().plusDays(1)), DATE.format(period.to()));
        require(share != null && share.compareTo(BigDecimal.ONE) >= 0 && share.compareTo(HUNDRED) <= 0,
                "positionPercent", "serviceRecord.positionPercent.range");
        require(share.compareTo(period.positionPercent()) != 0, "positionPercent", "serviceRecord.share.same",
                percent(share));
        List<ServiceRecord> standing = standingPeriods(all).stream()
                .map(record -> record.id().equals(period.id()) ? record.endingBefore(from) : record).toList();
        refuseMoreThanFullTime(standing, from, period.to(), share);
        return insert(candidate, new ServiceRecord(UUID.randomUUID(), period.enrolmentId(), period.candidateId(),
                ServiceRecordKind.PERIOD, from, period.to(), period.category(), share, period.exemption50(),
                period.employer(), period.arenaId(), null, null, null, ServiceRecordStatus.REPORTED, null, null, 0,
                period.id()));
    }

    private ServiceRecord insert(Actor candidate, ServiceRecord record) {
        String actor = candidate.id();
        records.insert(record, actor, now());
        events.publishEvent(new ServiceRecordReported(record, actor));
        return record;
    }

    /** The candidate takes back a record nobody has decided on yet. It stays, marked withdrawn. */
    @Transactional
    public ServiceRecord withdraw(Actor candidate, UUID recordId) {
        ServiceRecord record = records.find(recordId)
                .filter(found -> found.candidateId().equals(candidate.personId()))
                .orElseThrow(() -> new NotFoundException("Service record"));
        return decide(record, ServiceRecordStatus.WITHDRAWN, null, null, candidate);
    }

    /** The department head confirms a record: from now on it counts towards readiness. */
    @Transactional
    public ServiceRecord confirm(Actor head, UUID recordId) {
        return decide(decidable(head, recordId), ServiceRecordStatus.CONFIRMED, head.personId(), null, head);
    }

    /** The department head rejects a record with a reason the candidate sees. */
    @Transactional
    public ServiceRecord reject(Actor head, UUID recordId, String reason) {
        ServiceRecord record = decidable(head, recordId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "serviceRecord.reject.reasonRequired");
        }
        return decide(record, ServiceRecordStatus.REJECTED, head.personId(), reason.trim(), head);
    }

    /** Every record of the candidate's current enrolment, for those who may read it. */
    public CandidateService of(Actor viewer, UUID candidateId) {
                Enrolment enrolment = access.require(viewer, candidateId, Audience.READ_SERVICE).enrolment();
        if (enrolment == null) {
            throw new NotFoundException("Candidate");
        }
        boolean decides = access.allows(viewer, candidateId, Audience.DECIDE_SERVICE);
        return new CandidateService(enrolment, records.ofEnrolment(enrolment.id()),
                viewer.personId().equals(candidateId), decides);
    }

    /**
     * {@link #of} for several candidates at once, without their on-call shifts, in a fixed number of
     * statements whatever their number: those whose service she may read, by candidate; each read is
     * logged. For counting months of service (a five-year record holds hundreds of shifts, which no
     * month count needs); a page that shows or judges shifts reads {@link #of}.
     */
    public Map<UUID, CandidateService> periodsAndAbsencesOfEach(Actor viewer, Collection<UUID> candidateIds) {
        Map<UUID, Access> granted = new java.util.LinkedHashMap<>(access.requireEach(viewer, candidateIds, Audience.READ_SERVICE));
        granted.values().removeIf(access -> access.enrolment() == null);
        Set<UUID> decides = access.allowedEach(viewer, granted.keySet(), Audience.DECIDE_SERVICE);
        Map<UUID, List<ServiceRecord>> byEnrolment = records.employmentOfEnrolments(granted.values().stream()
                        .map(access -> access.enrolment().id()).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(ServiceRecord::enrolmentId));
        Map<UUID, CandidateService> services = new java.util.LinkedHashMap<>();
        granted.forEach((candidateId, access) -> services.put(candidateId, new CandidateService(access.enrolment(),
                byEnrolment.getOrDefault(access.enrolment().id(), List.of()), viewer.personId().equals(candidateId),
                decides.contains(candidateId))));
        return services;
    }

    private ServiceRecord decidable(Actor head, UUID recordId) {
        ServiceRecord record = records.find(recordId)
                .filter(found -> access.allows(head, found.candidateId(), Audience.DECIDE_SERVICE))
                .orElseThrow(() -> new NotFoundException("Service record"));
        Enrolment current = access.require(head, record.candidateId(), Audience.DECIDE_SERVICE).enrolment();
        if (!current.id().equals(record.enrolmentId())) {
            throw new NotFoundException("Service record");
        }
        return record;
    }

    private ServiceRecord decide(ServiceRecord record, ServiceRecordStatus status, UUID decidedBy, String comment,
                                 Actor actor) {
        String actorId = actor.id();
        if (!records.decide(record.id(), status, decidedBy, comment, actorId, now())) {
            ServiceRecord current = records.find(record.id()).orElseThrow();
            throw new ConflictException("Service record already " + current.status(), current);
        }
        ServiceRecord decided = records.find(record.id()).orElseThrow();
        events.publishEvent(ServiceRecordEvent.of(decided, actorId));
        return decided;
    }


    private void validate(Enrolment enrolment, NewServiceRecord reported) {
        switch (reported.kind()) {
            case PERIOD -> validatePeriod(enrolment, reported);
            case ABSENCE -> {
                validateDates(reported.from(), reported.to());
                require(Plausibility.plausibleAbsence(reported.from(), reported.to()), "to",
                        "serviceRecord.absence.tooLong", Plausibility.LONGEST_ABSENCE.getYears(),
                        DATE.format(reported.from().plus(Plausibility.LONGEST_ABSENCE).minusDays(1)));
                require(reported.absenceType() != null, "absenceType", "serviceRecord.absenceType.required");
            }
            case ON_CALL_SHIFT -> validateShift(reported.shiftStart(), reported.shiftEnd());
        }
    }

    private void validatePeriod(Enrolment enrolment, NewServiceRecord period) {
        validateDates(period.from(), period.to());
        require(period.category() != null, "category", "serviceRecord.category.required");
        BigDecimal share = period.positionPercent();
        require(share != null && share.compareTo(BigDecimal.ONE) >= 0 && share.compareTo(HUNDRED) <= 0,
                "positionPercent", "serviceRecord.positionPercent.range");
        require(period.employer() == null || period.employer().trim().length() <= EMPLOYER_MAX_LENGTH,
                "employer", "serviceRecord.employer.tooLong", EMPLOYER_MAX_LENGTH);
        require(period.arenaId() == null || arenas.overview(enrolment.organisationId()).stream()
                .anyMatch(arena -> arena.arena().id().equals(period.arenaId())), "arenaId", "admission.arena.unknown");
    }

    private static void validateDates(LocalDate from, LocalDate to) {
        require(from != null, "from", "serviceRecord.from.required");
        require(to != null, "to", "serviceRecord.to.required");
        require(!to.isBefore(from), "to", "serviceRecord.to.beforeFrom");
    }

    private void validateShift(LocalDateTime start, LocalDateTime end) {
        require(start != null, "shiftStart", "serviceRecord.shiftStart.required");
        require(end != null, "shiftEnd", "serviceRecord.shiftEnd.required");
        require(end.isAfter(start), "shiftEnd", "serviceRecord.shiftEnd.beforeStart");
        require(Plausibility.plausibleShift(start, end), "shiftEnd", "shift.tooLong",
                Plausibility.LONGEST_SHIFT.toHours());
        require(!end.isAfter(LocalDateTime.now(clock)), "shiftEnd", "serviceRecord.shiftEnd.future");
    }

    private void refuseOverlappingShift(Enrolment enrolment, NewServiceRecord shift) {
        records.ofEnrolment(enrolment.id()).stream()
                .filter(record -> record.status().stands() && record.overlapsShift(shift.shiftStart(), shift.shiftEnd()))
                .findFirst()
                .ifPresent(other -> {
                    throw new InvalidInputException("shiftStart", "serviceRecord.shift.overlaps",
                            SHIFT_TIME.format(other.shiftStart()), SHIFT_TIME.format(other.shiftEnd()));
                });
    }

    /**
     * Concurrent positions are real (50 % at an office and 30 % at a nursing home), but together they
     * cannot be more than full time on any day: a period that would take her standing periods (reported
     * or confirmed) above 100 % is refused, naming the first such day and the period it collides with,
     * and saying how to replace the old one. Shares only rise where a period starts, so those days are
     * the ones to check.
     */
    private void refuseMoreThanFullTime(List<ServiceRecord> standing, LocalDate from, LocalDate to, BigDecimal share) {
        List<ServiceRecord> overlapping = standing.stream()
                .filter(record -> !record.from().isAfter(to) && !record.to().isBefore(from))
                .toList();
        java.util.SortedSet<LocalDate> starts = new java.util.TreeSet<>();
        starts.add(from);
        overlapping.stream().map(ServiceRecord::from).filter(day -> day.isAfter(from)).forEach(starts::add);
        for (LocalDate day : starts) {
            List<ServiceRecord> thatDay = overlapping.stream()
                    .filter(record -> !record.from().isAfter(day) && !record.to().isBefore(day)).toList();
            BigDecimal total = thatDay.stream().map(ServiceRecord::positionPercent).reduce(share, BigDecimal::add);
            if (total.compareTo(HUNDRED) > 0) {
                ServiceRecord other = thatDay.get(0);
                throw new InvalidInputException("positionPercent", "serviceRecord.period.overFullTime",
                        percent(total), DATE.format(day), percent(other.positionPercent()), DATE.format(other.from()),
                        DATE.format(other.to()), DATE.format(from.minusDays(1)));
            }
        }
    }

    /** The periods that stand (reported or confirmed), each as long as a standing change of its share lets it. */
    private static List<ServiceRecord> standingPeriods(List<ServiceRecord> all) {
        return CandidateService.inForce(all, record -> record.kind() == ServiceRecordKind.PERIOD
                && record.status().stands());
    }

    private static String percent(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString();
    }

    private static void require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            throw new InvalidInputException(field, messageKey, arguments);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
