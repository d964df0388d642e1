package no.veiviser.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.internal.AccountRepository;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's users: the people with a role in her organisation, whose accounts she closes
 * and opens again and whom she invites anew. A person of another organisation does not exist for her.
 * Nothing is deleted: a closed account keeps its history and can be opened again.
 */
@Service
public class UserAdministration {

    private final AccountRepository accounts;
    private final People people;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(AccountRepository accounts, People people, Invitations invitations,
                       ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Everyone with a role in the administrator's organisation, by family name (a fixed number of queries). */
    public List<UserAccount> of(Actor administrator) {
        return accounts.usersOf(administrator.organisationId(), now());
    }

    /** Closes the account; she is signed out of nothing already open, but cannot sign in again. */
    @Transactional
    public void deactivate(Actor administrator, UUID personId) {
        member(administrator, personId);
        if (personId.equals(administrator.personId())) {
            throw new InvalidInputException("personId", "users.notYourself");
        }
        if (!accounts.setEnabled(personId, false, administrator.id(), now())) {
            throw new InvalidInputException("personId", "users.noActiveAccount");
        }
        events.publishEvent(new AccountDeactivated(personId, administrator.id()));
    }

    @Transactional
    public void reactivate(Actor administrator, UUID personId) {
        member(administrator, personId);
        if (!accounts.setEnabled(personId, true, administrator.id(), now())) {
            throw new InvalidInputException("personId", "users.noClosedAccount");
        }
        events.publishEvent(new AccountReactivated(personId, administrator.id()));
    }

    /** A new invitation by e-mail, for someone who has no account yet (the earlier one may have expired). */
    @Transactional
    public void reinvite(Actor administrator, UUID personId) {
        member(administrator, personId);
        if (accounts.findByPerson(personId).isPresent()) {
            throw new InvalidInputException("personId", "users.alreadyHasAccount");
        }
        invitations.invite(personId, administrator);
    }

    private void member(Actor administrator, UUID personId) {
        if (administrator.organisationId() == null || people.rolesIn(personId, administrator.organisationId()).isEmpty()) {
            throw new NotFoundException("Person");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
