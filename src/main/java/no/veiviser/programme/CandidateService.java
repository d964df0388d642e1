package no.veiviser.programme;

import java.util.List;

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

    /** The records that count: those the municipality confirmed. */
    public List<ServiceRecord> confirmed() {
        return records.stream().filter(record -> record.status() == ServiceRecordStatus.CONFIRMED).toList();
    }

    public long awaitingDecision() {
        return records.stream().filter(ServiceRecord::awaitsDecision).count();
    }
}
