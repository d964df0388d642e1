package no.veiviser.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.veiviser.approval.GoalApproved;
import no.veiviser.approval.GoalNotYetRecommended;
import no.veiviser.approval.GoalReadyForDecision;
import no.veiviser.approval.GoalReturned;
import no.veiviser.approval.GoalSubmitted;
import no.veiviser.identity.InvitationSent;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.notification.internal.OutboxRepository;
import no.veiviser.portfolio.ActivityRejected;
import no.veiviser.portfolio.ActivitySent;
import no.veiviser.portfolio.ActivitySigned;
import no.veiviser.programme.CurrentRelationships;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.ServiceRecordRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people when something waits for them. The notice is written in the same transaction as the
 * change, so there is never a notice about something that did not happen, nor a change without its
 * notice. Notices are in Norwegian and name no patient and no candidate.
 */
@Service
public class Notifications {

    /** What an invitation notice holds instead of its link, which is made as the e-mail is sent. */
    public static final String INVITATION_LINK = "/invitations";

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final OutboxRepository outbox;
    private final People people;
    private final Relationships relationships;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(OutboxRepository outbox, People people, Relationships relationships, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.relationships = relationships;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onActivitySent(ActivitySent event) {
        send(event.signerId(), "notice.signature", "/signing", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onGoalSubmitted(GoalSubmitted event) {
        CurrentRelationships current = relationships.currentOf(event.assessment().candidateId());
        UUID veileder = current.holder(RelationshipKind.VEILEDER);
        if (veileder != null) {
            send(veileder, "notice.recommendation", "/recommendations", event.actor());
        }
        current.holders(RelationshipKind.SUPERVISOR)
                .forEach(supervisor -> send(supervisor, "notice.recommendation", "/recommendations", event.actor()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onInvitation(InvitationSent event) {
        Person recipient = people.find(event.personId()).orElseThrow();
        outbox.insert(new OutboxMessage(UUID.randomUUID(), recipient.id(), recipient.displayName(), recipient.email(),
                messages.getMessage("notice.invitation.subject", null, NORWEGIAN),
                messages.getMessage("notice.invitation.body", null, NORWEGIAN), INVITATION_LINK, event.invitationId(),
                null, null), event.actor(), OffsetDateTime.now(clock));
    }

    /** A rejected service record: the candidate is told to look (the reason is in Veiviser, not in the mail). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onActivitySigned(ActivitySigned event) {
        send(event.candidateId(), "notice.activitySigned", "/activities", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onActivityRejected(ActivityRejected event) {
        send(event.candidateId(), "notice.activityRejected", "/activities", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onGoalApproved(GoalApproved event) {
        send(event.assessment().candidateId(), "notice.goalApproved", "/goals", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onGoalReturned(GoalReturned event) {
        send(event.assessment().candidateId(), "notice.goalReturned", "/goals", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onGoalNotYetRecommended(GoalNotYetRecommended event) {
        send(event.assessment().candidateId(), "notice.goalNotYet", "/goals", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onGoalReadyForDecision(GoalReadyForDecision event) {
        send(event.approverId(), "notice.goalReady", "/approvals", event.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onServiceRecordRejected(ServiceRecordRejected event) {
        send(event.record().candidateId(), "notice.serviceRejected", "/service", event.actor());
    }

    /** The newest notices to the people of an organisation, for its administrator. */
    public List<OutboxMessage> outboxOf(UUID organisationId, int limit) {
        return outbox.latest(organisationId, limit);
    }

    private void send(UUID recipientId, String key, String link, String actor) {
        Person recipient = people.find(recipientId).orElseThrow();
        outbox.insert(new OutboxMessage(UUID.randomUUID(), recipientId, recipient.displayName(), recipient.email(),
                messages.getMessage(key + ".subject", null, NORWEGIAN),
                messages.getMessage(key + ".body", new Object[] {link}, NORWEGIAN), link, null, null, null),
                actor, OffsetDateTime.now(clock));
    }
}
