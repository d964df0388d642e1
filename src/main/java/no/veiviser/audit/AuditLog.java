package no.veiviser.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.veiviser.audit.internal.AuditEventRepository;
import no.veiviser.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link AuditableEvent}. The listener runs synchronously inside the publisher's
 * transaction, so the change and its record commit or roll back together.
 */
@Service
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditableEvent event) {
        repository.append(event, OffsetDateTime.now(clock));
    }

    /** The newest entries about one subject, newest first. */
    public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return repository.about(subjectType, subjectId, limit);
    }

    /** The newest entries of all, newest first. */
    public List<AuditEntry> latest(int limit) {
        return repository.latest(limit);
    }
}
