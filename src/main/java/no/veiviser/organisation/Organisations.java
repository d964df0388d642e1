package no.veiviser.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.organisation.internal.OrganisationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads education organisations and their registrations per specialty. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EducationOrganisation create(String name, String organisationNumber, OrganisationKind kind, String actor) {
        var organisation = new EducationOrganisation(UUID.randomUUID(), name, organisationNumber, kind);
        repository.insert(organisation, actor, now());
        events.publishEvent(new OrganisationChanged("organisation.created", "organisation", organisation.id(),
                Map.of("name", name), actor));
        return organisation;
    }

    @Transactional
    public void register(UUID organisationId, SpecialtyRegistration registration, String actor) {
        repository.insertRegistration(organisationId, registration, actor, now());
        events.publishEvent(new OrganisationChanged("organisation.registered", "organisation", organisationId,
                Map.of("specialty", registration.specialty().name(),
                        "registeredFrom", registration.registeredFrom().toString()), actor));
    }

    public Optional<EducationOrganisation> find(UUID organisationId) {
        return repository.find(organisationId);
    }

    public Optional<EducationOrganisation> findByName(String name) {
        return repository.findByName(name);
    }

    public List<SpecialtyRegistration> registrations(UUID organisationId) {
        return repository.registrations(organisationId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
