package no.veiviser.organisation;

import no.veiviser.identity.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.organisation.internal.OrganisationRepository;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads education organisations and their registrations per specialty. */
@Service
public class Organisations {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OrganisationRepository repository;
    private final RegisteredService registeredService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository repository, RegisteredService registeredService,
                  ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.registeredService = registeredService;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EducationOrganisation create(String name, String organisationNumber, OrganisationKind kind, Actor by) {
        String actor = by.id();
        var organisation = new EducationOrganisation(UUID.randomUUID(), name, organisationNumber, kind);
        repository.insert(organisation, actor, now());
        events.publishEvent(new OrganisationCreated(organisation.id(), name, actor));
        return organisation;
    }

    /**
     * Registers the organisation for a specialty, or corrects the date of an existing registration. A
     * later date leaves the days between the two dates outside the registration; when candidates have
     * confirmed service on those days, the change is refused until the administrator has seen how much
     * ({@code uncoveringConfirmed}).
     */
    @Transactional
    public void register(UUID organisationId, SpecialtyRegistration registration, boolean uncoveringConfirmed, Actor by) {
        if (!uncoveringConfirmed) {
            registrations(organisationId).stream()
                    .filter(current -> current.specialty() == registration.specialty()
                            && current.registeredFrom().isBefore(registration.registeredFrom()))
                    .findFirst().ifPresent(current -> refuseUncovering(organisationId, current, registration));
        }
        register(organisationId, registration, by);
    }

    private void refuseUncovering(UUID organisationId, SpecialtyRegistration current, SpecialtyRegistration moved) {
        RegisteredService.Affected affected = registeredService.within(organisationId, current.specialty(),
                current.registeredFrom(), moved.registeredFrom());
        if (affected.any()) {
            throw new InvalidInputException("confirm", "organisation.registration.uncovers", affected.periods(),
                    affected.candidates(), DAY.format(current.registeredFrom()), DAY.format(moved.registeredFrom()));
        }
    }

    /** Registers without asking: for Veiviser itself (the demo) and for dates no service depends on. */
    @Transactional
    public void register(UUID organisationId, SpecialtyRegistration registration, Actor by) {
        String actor = by.id();
        repository.upsertRegistration(organisationId, registration, actor, now());
        events.publishEvent(new SpecialtyRegistered(organisationId, registration, actor));
    }

    /**
     * Adds a municipality to a consortium. A new administering municipality takes over from the
     * previous one.
     */
    @Transactional
    public void addMember(UUID organisationId, ConsortiumMember member, Actor by) {
        String actor = by.id();
        EducationOrganisation organisation = find(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
        if (organisation.kind() != OrganisationKind.CONSORTIUM) {
            throw new InvalidInputException("municipality", "organisation.member.notConsortium");
        }
        if (members(organisationId).stream().anyMatch(existing -> existing.municipality().equalsIgnoreCase(member.municipality()))) {
            throw new InvalidInputException("municipality", "organisation.member.duplicate", member.municipality());
        }
        if (member.administering()) {
            repository.clearAdministering(organisationId, actor, now());
        }
        repository.insertMember(organisationId, member, actor, now());
        events.publishEvent(new ConsortiumMemberAdded(organisationId, member, actor));
    }

    public List<ConsortiumMember> members(UUID organisationId) {
        return repository.members(organisationId);
    }

    /**
     * Whether the organisation asks the veileder for a written justification when she recommends a
     * goal. The regulation (§ 26: the approver shall hear the veileder) does not require it in writing;
     * a municipality may.
     */
    @Transactional
    public void requireVeilederJustification(UUID organisationId, boolean required, Actor by) {
        String actor = by.id();
        repository.setVeilederJustificationRequired(organisationId, required, actor, now());
        events.publishEvent(new VeilederJustificationRequirementSet(organisationId, required, actor));
    }

    public boolean requiresVeilederJustification(UUID organisationId) {
        return !repository.requiringVeilederJustification(Set.of(organisationId)).isEmpty();
    }

    /** Those of the organisations that ask for the veileder's justification. */
    public Set<UUID> requiringVeilederJustification(java.util.Collection<UUID> organisationIds) {
        return repository.requiringVeilederJustification(organisationIds);
    }

    /** Sets how the organisation reads the points where the sources disagree; null keeps the default. */
    @Transactional
    public void setReadinessSettings(UUID organisationId, ReadinessSettings settings, Actor by) {
        String actor = by.id();
        repository.setReadinessSettings(organisationId, settings, actor, now());
        events.publishEvent(new ReadinessSettingsChosen(organisationId, settings, actor));
    }

    public ReadinessSettings readinessSettings(UUID organisationId) {
        return repository.readinessSettings(organisationId).orElse(ReadinessSettings.DEFAULTS);
    }

    /** {@link #readinessSettings(UUID)} of several organisations, by organisation, in one query. */
    public java.util.Map<UUID, ReadinessSettings> readinessSettings(java.util.Collection<UUID> organisationIds) {
        java.util.Map<UUID, ReadinessSettings> found = repository.readinessSettings(organisationIds);
        java.util.Map<UUID, ReadinessSettings> settings = new java.util.HashMap<>();
        organisationIds.forEach(id -> settings.put(id, found.getOrDefault(id, ReadinessSettings.DEFAULTS)));
        return settings;
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
