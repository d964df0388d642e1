package no.veiviser.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A candidate's reported service as one reader sees it.
 *
 * @param ownRecord whether the reader is the candidate (she reports and withdraws)
 * @param decides   whether the reader is the department head who confirms and rejects
 */
public record CandidateService(Enrolment enrolment, List<ServiceRecord> records, boolean ownRecord, boolean decides) {

    public CandidateService {
        records = List.copyOf(records);
    }

    public List<ServiceRecord> ofKind(ServiceRecordKind kind) {
        return records.stream().filter(record -> record.kind() == kind).toList();
    }

    /**
     * The records that count: those the municipality confirmed, a period whose position share was
     * changed ending the day before the confirmed change begins.
     */
    public List<ServiceRecord> confirmed() {
        return inForce(records, record -> record.status() == ServiceRecordStatus.CONFIRMED);
    }

    /** The standing (reported or confirmed) change of position share that replaces this period, if any. */
    public java.util.Optional<ServiceRecord> changeOf(ServiceRecord period) {
        return changeOf(records, period);
    }

    static java.util.Optional<ServiceRecord> changeOf(List<ServiceRecord> records, ServiceRecord period) {
        return records.stream().filter(record -> record.status().stands() && period.id().equals(record.replaces()))
                .findFirst();
    }

    /**
     * The records chosen by {@code chosen}, each period ending the day before a chosen change of its
     * position share begins.
     */
    static List<ServiceRecord> inForce(List<ServiceRecord> records, Predicate<ServiceRecord> chosen) {
        Map<UUID, LocalDate> changedFrom = records.stream().filter(chosen).filter(ServiceRecord::changesShare)
                .collect(Collectors.toMap(ServiceRecord::replaces, ServiceRecord::from,
                        (one, other) -> one.isBefore(other) ? one : other));
        return records.stream().filter(chosen)
                .map(record -> changedFrom.containsKey(record.id()) ? record.endingBefore(changedFrom.get(record.id()))
                        : record)
                .toList();
    }

    public long awaitingDecision() {
        return records.stream().filter(ServiceRecord::awaitsDecision).count();
    }
}
