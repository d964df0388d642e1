package no.veiviser.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import no.veiviser.audit.internal.AccessLogRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log (Normen: "logg over tilgang"): who read which part of a person's record, when, and
 * under which relationship. Only the access policy writes it; a read is logged even when the page
 * itself is read-only or fails later, so it is written in a transaction of its own.
 */
@Service
public class AccessLog {

    /** How far back a person sees who has read her record. */
    public static final Period SHOWN = Period.ofMonths(12);

    private final AccessLogRepository repository;
    private final Clock clock;

    AccessLog(AccessLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(UUID readerId, UUID subjectId, UUID organisationId, String part, String basis) {
        repository.append(new AccessLogEntry(OffsetDateTime.now(clock), readerId, subjectId, organisationId, part, basis));
    }

    /** One reader's reads of the same part of several records at once: one statement whatever their number. */
    public record Read(UUID subjectId, UUID organisationId, String basis) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(UUID readerId, String part, List<Read> reads) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.appendAll(reads.stream()
                .map(read -> new AccessLogEntry(now, readerId, read.subjectId(), read.organisationId(), part, read.basis()))
                .toList());
    }

    /** Who read the person's record in the last twelve months, newest first. */
    public List<AccessLogEntry> readsOf(UUID subjectId, int limit) {
        return repository.ofSubject(subjectId, OffsetDateTime.now(clock).minus(SHOWN), limit);
    }

    /** Reads of the records of an organisation's candidates in the last twelve months, newest first. */
    public List<AccessLogEntry> readsInOrganisation(UUID organisationId, int limit) {
        return repository.ofOrganisation(organisationId, OffsetDateTime.now(clock).minus(SHOWN), limit);
    }
}
