package no.veiviser.programme;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Invitations;
import no.veiviser.identity.Person;
import no.veiviser.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Where no mail server is configured, the department head hands an invitation over herself: the
 * people of a candidate's file (the candidate and those related to her) whose invitation waits, and a
 * new one-time link for one of them, shown to her once. Each link replaces the one before, and
 * each hand-over is audited. With a mail server the link goes by e-mail only, to the invited person.
 */
@Service
public class InvitationHandOver {

    private final Caseloads caseloads;
    private final Invitations invitations;
    private final boolean mailConfigured;

    InvitationHandOver(Caseloads caseloads, Invitations invitations,
                       @Value("${spring.mail.host:}") String mailHost) {
        this.caseloads = caseloads;
        this.invitations = invitations;
        this.mailConfigured = StringUtils.hasText(mailHost);
    }

    /** Whether links are handed over by hand (no mail server). */
    public boolean byHand() {
        return !mailConfigured;
    }

    /** The people of the candidate's file whose invitation has not been accepted. */
    public List<Person> waiting(Actor head, UUID candidateId) {
        CandidateFile file = caseloads.file(head, candidateId);
        return people(file).filter(person -> invitations.openInvitationOf(person.id()).isPresent()).toList();
    }

    /** A new one-time link for one of them; the earlier link stops working. */
    public String issue(Actor head, UUID candidateId, UUID personId) {
        CandidateFile file = caseloads.file(head, candidateId);
        Person person = people(file).filter(candidate -> candidate.id().equals(personId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Person"));
        if (mailConfigured) {
            throw new NotFoundException("Invitation hand-over (invitations go by e-mail)");
        }
        UUID invitation = invitations.openInvitationOf(person.id()).orElseThrow(() -> new NotFoundException("Invitation"));
        return invitations.issueLink(invitation, head).orElseThrow(() -> new NotFoundException("Invitation"));
    }

    private static Stream<Person> people(CandidateFile file) {
        return Stream.concat(Stream.of(file.candidate()), file.relationships().stream()
                        .map(relationship -> file.people().get(relationship.personId())))
                .filter(java.util.Objects::nonNull).distinct();
    }
}
