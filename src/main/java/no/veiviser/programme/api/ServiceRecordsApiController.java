package no.veiviser.programme.api;

import no.veiviser.identity.Actor;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecord;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's service periods, absences and on-call shifts: she reports them under her own id, the
 * department head of her organisation confirms or rejects them.
 */
@RestController
@RequestMapping("/api/v1")
class ServiceRecordsApiController {

    record ServicePeriodRequest(LocalDate from, LocalDate to, ServiceCategory category, BigDecimal positionPercent,
                                Boolean exemption50, String employer, UUID arenaId) {
    }

    record AbsenceRequest(LocalDate from, LocalDate to, AbsenceType type) {
    }

    /** Start and end in Norwegian wall-clock time, as on the roster. */
    record OnCallShiftRequest(LocalDateTime start, LocalDateTime end) {
    }

    record Rejection(String reason) {
    }

    /** The position share from a date on, for a confirmed period. */
    record ShareChange(LocalDate from, BigDecimal positionPercent) {
    }

    private final ServiceRecords serviceRecords;

    ServiceRecordsApiController(ServiceRecords serviceRecords) {
        this.serviceRecords = serviceRecords;
    }

    @GetMapping("/candidates/{id}/service-records")
    List<ServiceRecord> list(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return serviceRecords.of(Actor.of(caller), id).records();
    }

    @PostMapping("/candidates/{id}/service-periods")
    ResponseEntity<ServiceRecord> reportPeriod(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                               @RequestBody ServicePeriodRequest period) {
        return created(serviceRecords.report(own(caller, id), NewServiceRecord.period(period.from(), period.to(),
                period.category(), period.positionPercent(), Boolean.TRUE.equals(period.exemption50()),
                period.employer(), period.arenaId())));
    }

    @PostMapping("/candidates/{id}/absences")
    ResponseEntity<ServiceRecord> reportAbsence(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                                @RequestBody AbsenceRequest absence) {
        return created(serviceRecords.report(own(caller, id),
                NewServiceRecord.absence(absence.from(), absence.to(), absence.type())));
    }

    @PostMapping("/candidates/{id}/on-call-shifts")
    ResponseEntity<ServiceRecord> reportShift(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                              @RequestBody OnCallShiftRequest shift) {
        return created(serviceRecords.report(own(caller, id), NewServiceRecord.onCallShift(shift.start(), shift.end())));
    }

    @PostMapping("/service-records/{id}/withdraw")
    ServiceRecord withdraw(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return serviceRecords.withdraw(Actor.of(caller), id);
    }

    @PostMapping("/service-records/{id}/share-changes")
    ResponseEntity<ServiceRecord> changeShare(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                              @RequestBody ShareChange change) {
        return created(serviceRecords.changeShare(Actor.of(caller), id, change.from(), change.positionPercent()));
    }

    @PostMapping("/service-records/{id}/confirm")
    ServiceRecord confirm(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return serviceRecords.confirm(Actor.of(caller), id);
    }

    @PostMapping("/service-records/{id}/reject")
    ServiceRecord reject(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                         @RequestBody Rejection rejection) {
        return serviceRecords.reject(Actor.of(caller), id, rejection.reason());
    }

    /** Only the candidate reports her own service; under anyone else's id there is nothing to find. */
    private static Actor own(SignedInPerson caller, UUID candidateId) {
        if (!caller.personId().equals(candidateId)) {
            throw new NotFoundException("Candidate");
        }
        return Actor.of(caller);
    }

    private static ResponseEntity<ServiceRecord> created(ServiceRecord record) {
        return ResponseEntity.created(URI.create("/api/v1/service-records/" + record.id())).body(record);
    }
}
