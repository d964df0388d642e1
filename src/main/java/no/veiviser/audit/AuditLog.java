package no.veiviser.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.veiviser.audit.internal.AuditEventRepository;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;
import no.veiviser.shared.OrganisationMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
        UUID organisation = event.organisationId() != null ? event.organisationId() : actingOrganisation();
        repository.append(event, organisation, OffsetDateTime.now(clock));
    }

    /** The organisation the signed-in person acts for; null for the system (jobs, the demo loader). */
    private static UUID actingOrganisation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OrganisationMember member
                ? member.organisationId() : null;
    }

    /** The newest entries about one subject, newest first. */
    public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return repository.about(subjectType, subjectId, limit);
    }

    /** The newest entries made by people acting for the organisation, newest first. */
    public List<AuditEntry> latestOf(UUID organisationId, int limit) {
        return repository.latestOf(organisationId, null, null, null, limit);
    }

    /**
     * The newest entries of the organisation of one action ({@code null} for all) made on the days from
     * {@code from} through {@code to} (either {@code null} for no bound), newest first.
     */
    public List<AuditEntry> latestOf(UUID organisationId, String action, java.time.LocalDate from, java.time.LocalDate to,
                                     int limit) {
        var zone = no.veiviser.shared.TimeConfiguration.OSLO;
        return repository.latestOf(organisationId, action,
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), limit);
    }

    /** The actions the organisation's log holds. */
    public List<String> actionsOf(UUID organisationId) {
        return repository.actionsOf(organisationId);
    }
}
