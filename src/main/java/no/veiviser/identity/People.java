package no.veiviser.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.identity.internal.AccountRepository;
import no.veiviser.identity.internal.PersonRepository;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers people, their sign-in accounts, roles and qualifications. */
@Service
public class People {

    private final PersonRepository persons;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PersonRepository persons, AccountRepository accounts, PasswordEncoder passwordEncoder,
           ApplicationEventPublisher events, Clock clock) {
        this.persons = persons;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Person register(NewPerson newPerson, Actor by) {
        requireShort("givenName", newPerson.givenName());
        requireShort("familyName", newPerson.familyName());
        requireShort("email", newPerson.email());
        requireShort("title", newPerson.title());
        String actor = by.id();
        Person person = new Person(UUID.randomUUID(), newPerson.givenName(), newPerson.familyName(),
                newPerson.email(), newPerson.profession(), newPerson.title());
        persons.insert(person, actor, now());
        events.publishEvent(new PersonRegistered(person.id(), actor));
        return person;
    }

    private static void requireShort(String field, String value) {
        if (value != null && value.length() > InputLimits.LONGEST_NAME) {
            throw new InvalidInputException(field, "form.tooLong", InputLimits.LONGEST_NAME);
        }
    }

    /** Gives a person a local account; the password is stored as a bcrypt hash only. */
    @Transactional
    public void createLocalAccount(UUID personId, String username, String rawPassword, Actor by) {
        String actor = by.id();
        accounts.insertLocal(personId, username, passwordEncoder.encode(rawPassword), actor, now());
        events.publishEvent(new LocalAccountCreated(personId, username, actor));
    }

    @Transactional
    public void grantRole(UUID personId, UUID organisationId, Role role, Actor by) {
        String actor = by.id();
        persons.insertRole(personId, organisationId, role, actor, now());
        events.publishEvent(new RoleGranted(personId, organisationId, role, actor));
    }

    @Transactional
    public void recordQualification(UUID personId, SpecialistQualification qualification, Actor by) {
        String actor = by.id();
        persons.upsertQualification(personId, qualification, actor, now());
        events.publishEvent(new QualificationRecorded(personId, qualification, actor));
    }

    public Optional<Person> find(UUID personId) {
        return persons.find(personId);
    }

    public List<SpecialistQualification> qualifications(UUID personId) {
        return persons.qualifications(personId);
    }

    /** The people with these ids, by id (one query). */
    public java.util.Map<UUID, Person> findAll(java.util.Collection<UUID> personIds) {
        return persons.findAll(personIds);
    }

    /** The qualifications of these people, by person (one query). */
    public java.util.Map<UUID, List<SpecialistQualification>> qualificationsOf(java.util.Collection<UUID> personIds) {
        return persons.qualificationsOf(personIds);
    }

    /** The people holding any of these roles in the organisation, with the roles they hold among them. */
    public List<PersonInRole> withRoles(UUID organisationId, java.util.Set<Role> roles) {
        return persons.withRoles(organisationId, roles);
    }

    /** The roles the person holds in the organisation; empty for a person of another organisation. */
    public java.util.Set<Role> rolesIn(UUID personId, UUID organisationId) {
        return persons.rolesIn(personId, organisationId);
    }

    /** Whether someone of this name (compared without case) already has a role in the organisation. */
    public boolean sameNameIn(UUID organisationId, String givenName, String familyName) {
        return persons.sameNameIn(organisationId, givenName, familyName);
    }

    /** Whether someone is already registered with this e-mail address (compared without case). */
    public boolean emailInUse(String email) {
        return persons.existsByEmail(email);
    }

    public boolean hasAccount(String username) {
        return accounts.existsByUsername(username);
    }

    /** The local accounts of an organisation with their holders and roles, for the demo login list. */
    public List<LocalAccountSummary> localAccounts(UUID organisationId) {
        return accounts.summaries(organisationId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
