package no.veiviser.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import no.veiviser.identity.internal.AccountRepository;
import no.veiviser.identity.internal.InvitationRepository;
import no.veiviser.identity.internal.PersonRepository;
import no.veiviser.identity.internal.SecurityProperties;
import no.veiviser.shared.Hashes;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail with a one-time link: the invited person opens it, chooses her username and
 * password (local accounts), and can sign in. Only a hash of the token is stored; an accepted or
 * expired link shows nothing about the person.
 *
 * <p>The link is made when it is handed over, not when the invitation is: by the mail delivery as it
 * sends the e-mail, or, where no mail server is configured, for the department head who hands it over
 * herself ({@link #issueLink}). Each issue replaces the previous link, so no stored or shown link
 * outlives its hand-over, and nothing in the outbox or the trail can be used to accept.
 */
@Service
public class Invitations {

    /** Session attribute holding the token of an invitation being accepted through HelseID. */
    public static final String PENDING_INVITATION = Invitations.class.getName() + ".pending";

    /** Usernames: letters, digits, dot, hyphen and underscore, 3–64 characters. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    /** A passphrase of at least 12 characters; length is what makes a password strong. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** An invitation that can still be accepted, and whom it is for. */
    public record OpenInvitation(UUID id, Person person) {
    }

    private final InvitationRepository invitations;
    private final PersonRepository persons;
    private final AccountRepository accounts;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;
    private final SecurityProperties security;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, PersonRepository persons, AccountRepository accounts, People people,
                ApplicationEventPublisher events, Clock clock,
                @Value("${veiviser.invitations.validity:14d}") Duration validity, SecurityProperties security) {
        this.invitations = invitations;
        this.persons = persons;
        this.accounts = accounts;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
        this.security = security;
    }

    /** Whether an invitation is accepted by choosing a username and password (local accounts on). */
    public boolean acceptsLocalAccounts() {
        return security.localAccounts();
    }

    /** Invites a registered person with an e-mail address; the notice carries the link. */
    @Transactional
    public void invite(UUID personId, Actor by) {
        String actor = by.id();
        Person person = persons.find(personId).orElseThrow(() -> new NotFoundException("Person"));
        if (person.email() == null) {
            throw new InvalidInputException("email", "invitation.noEmail");
        }
        UUID id = UUID.randomUUID();
        // A token nobody holds: the invitation has no usable link until one is issued.
        invitations.insert(id, personId, person.email(), hash(newToken()), now().plus(validity), actor, now());
        events.publishEvent(new InvitationSent(personId, id, actor));
    }

    /**
     * A new one-time link to an open invitation, replacing any earlier one; empty when the invitation
     * was accepted or has expired. The token is returned once and only its hash is kept.
     */
    @Transactional
    public Optional<String> issueLink(UUID invitationId, Actor by) {
        Optional<InvitationRepository.StoredInvitation> open = invitations.find(invitationId)
                .filter(invitation -> invitation.acceptedAt() == null && invitation.expiresAt().isAfter(now()));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String token = newToken();
        if (!invitations.replaceTokenHash(invitationId, hash(token), by.id(), now())) {
            return Optional.empty();
        }
        events.publishEvent(new InvitationLinkIssued(open.get().personId(), invitationId, by.id()));
        return Optional.of("/invitations/" + token);
    }

    /** The person's invitation that can still be accepted, if any. */
    public Optional<UUID> openInvitationOf(UUID personId) {
        return invitations.openOf(personId, now());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The invitation behind a link, if it can still be accepted. */
    public Optional<OpenInvitation> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token))
                .filter(invitation -> invitation.acceptedAt() == null && invitation.expiresAt().isAfter(now()))
                .flatMap(invitation -> persons.find(invitation.personId())
                        .map(person -> new OpenInvitation(invitation.id(), person)));
    }

    /** Accepts with a new local account; the link is used up. */
    @Transactional
    public void acceptWithLocalAccount(String token, String username, String password) {
        OpenInvitation invitation = open(token).orElseThrow(() -> new NotFoundException("Invitation"));
        if (!security.localAccounts()) {
            throw new NotFoundException("Invitation");
        }
        if (accounts.existsForPerson(invitation.person().id())) {
            throw new InvalidInputException("username", "invitation.hasAccount");
        }
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username", "invitation.username.invalid");
        }
        if (accounts.existsByUsername(name)) {
            throw new InvalidInputException("username", "invitation.username.taken");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw new InvalidInputException("password", "invitation.password.short", MIN_PASSWORD_LENGTH);
        }
        String actor = invitation.person().id().toString();
        if (!invitations.accept(invitation.id(), actor, now())) {
            throw new OptimisticLockingFailureException("Invitation " + invitation.id() + " was accepted meanwhile");
        }
        people.createLocalAccount(invitation.person().id(), name, password, Actor.herself(invitation.person().id()));
        events.publishEvent(new InvitationAccepted(invitation.person().id(), invitation.id(), actor));
    }

    /**
     * Accepts by linking the subject the person signed in with at HelseID; the link is used up. A
     * subject that already belongs to someone else is refused.
     */
    @Transactional
    public UUID acceptWithExternalSubject(String token, String subject) {
        OpenInvitation invitation = open(token).orElseThrow(() -> new NotFoundException("Invitation"));
        if (subject == null || subject.isBlank()
                || accounts.findByExternalSubject(subject).filter(account -> !account.personId().equals(invitation.person().id())).isPresent()) {
            throw new InvalidInputException("subject", "invitation.subject.taken");
        }
        String actor = invitation.person().id().toString();
        if (!invitations.accept(invitation.id(), actor, now())) {
            throw new OptimisticLockingFailureException("Invitation " + invitation.id() + " was accepted meanwhile");
        }
        accounts.linkExternalSubject(invitation.person().id(), subject, actor, now());
        events.publishEvent(new InvitationAccepted(invitation.person().id(), invitation.id(), actor));
        return invitation.person().id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String hash(String token) {
        return Hashes.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
