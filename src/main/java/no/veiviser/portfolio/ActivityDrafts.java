package no.veiviser.portfolio;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.portfolio.internal.ActivityRepository;
import no.veiviser.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the candidate may still do with an activity nobody has decided on: change or throw away a
 * draft, take back what she sent. Nothing is deleted: a thrown-away draft is kept as DISCARDED, a
 * taken-back request as WITHDRAWN. Once signed, an activity changes only by correction (Portfolio).
 */
@Service
public class ActivityDrafts {

    private final Portfolio portfolio;
    private final ActivityRepository activities;
    private final ActivityValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityDrafts(Portfolio portfolio, ActivityRepository activities, ActivityValidation validation,
                   ApplicationEventPublisher events, Clock clock) {
        this.portfolio = portfolio;
        this.activities = activities;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes her own draft (never sent, or taken back) or an activity that was rejected: until it is
     * sent, its content is hers to change. A rejected one becomes a draft again; its rejection, with the
     * signer's reason, stays in the activity's sign-off history.
     */
    @Transactional
    public LearningActivity edit(Actor candidate, UUID activityId, NewActivity changed) {
        UUID candidateId = candidate.personId();
        LearningActivity draft = portfolio.ownActivity(candidate, activityId);
        if (!draft.canBeEdited()) {
            throw new InvalidInputException("description", "activity.notDraft");
        }
        LearningActivity validated = validation.validated(candidateId, changed, draft.previousVersionId(),
                draft.correctionReason());
        LearningActivity updated = new LearningActivity(activityId, candidateId, validated.type(), validated.description(),
                validated.performedOn(), validated.shiftStart(), validated.shiftEnd(), validated.place(), validated.hours(),
                validated.goalCodes(), ActivityStatus.DRAFT, draft.previousVersionId(), draft.correctionReason());
        if (!activities.updateDraft(updated, draft.status(), candidate.id(), now())) {
            throw new InvalidInputException("description", "activity.notDraft");
        }
        events.publishEvent(new ActivityEdited(activityId, candidateId, candidate.id()));
        return updated;
    }

    /** Throws away her own draft or rejected activity: kept, marked discarded, and no longer listed. */
    @Transactional
    public void discard(Actor candidate, UUID activityId) {
        UUID candidateId = candidate.personId();
        LearningActivity activity = portfolio.ownActivity(candidate, activityId);
        if (!activity.canBeEdited()
                || !activities.changeStatus(activityId, activity.status(), ActivityStatus.DISCARDED, candidate.id(), now())) {
            throw new InvalidInputException("description", "activity.notDraft");
        }
        events.publishEvent(new ActivityDiscarded(activityId, candidateId, candidate.id()));
    }

    /**
     * Takes back an activity she sent, before it is decided: the request is closed as withdrawn and the
     * activity is a draft again, to change and send anew. Once signed or rejected it is too late.
     */
    @Transactional
    public void withdraw(Actor candidate, UUID activityId) {
        UUID candidateId = candidate.personId();
        portfolio.ownActivity(candidate, activityId);
        if (!activities.withdrawOpenRequest(activityId, candidate.id(), now())
                || !activities.changeStatus(activityId, ActivityStatus.SENT, ActivityStatus.DRAFT, candidate.id(), now())) {
            throw new InvalidInputException("description", "activity.notWithdrawable");
        }
        events.publishEvent(new ActivityWithdrawn(activityId, candidateId, candidate.id()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
