package no.veiviser.portfolio;

import java.math.BigDecimal;
import static no.veiviser.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.internal.ActivityRepository;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.shared.Paged;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's learning activities and their sign-off. The candidate records and sends her own
 * activities; only a veileder or supervisor related to her today may be asked, and only the person
 * asked, while still related, sees and decides the request. Anything else is not found.
 */
@Service
public class Portfolio {

    /**
     * The most hours one activity may claim: a long course is some 40 hours; more is a typing error
     * (the column holds five digits and one decimal).
     */
    public static final BigDecimal MOST_HOURS = ActivityValidation.MOST_HOURS;

    /** The relationships whose holder may be asked to sign: those of {@link Audience#SIGN}. */
    static final Set<RelationshipKind> SIGNERS = EnumSet.copyOf(java.util.Arrays.stream(RelationshipKind.values())
            .filter(Audience.SIGN::grantedBy).toList());

    private final ActivityRepository activities;
    private final CandidateAccess access;
    private final Relationships relationships;
    private final People people;
    private final ApplicationEventPublisher events;
    private final ActivityValidation validation;
    private final Clock clock;

    Portfolio(ActivityRepository activities, CandidateAccess access, Relationships relationships, People people,
              ApplicationEventPublisher events, ActivityValidation validation, Clock clock) {
        this.activities = activities;
        this.validation = validation;
        this.access = access;
        this.relationships = relationships;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Records an activity for the candidate herself, linked to goals of her assigned catalogs. */
    @Transactional
    public LearningActivity record(Actor candidate, NewActivity activity) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        LearningActivity recorded = validation.validated(candidateId, activity, null, null);
        activities.insert(recorded, actor, now());
        events.publishEvent(new ActivityRecorded(recorded.id(), candidateId, actor));
        return recorded;
    }

    /**
     * Corrects a signed activity: the correction is a new draft naming the version it replaces and
     * why, to be signed again; the signed version keeps its content and signature and is superseded.
     */
    @Transactional
    public LearningActivity correct(Actor candidate, UUID activityId, NewActivity corrected, String reason) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        LearningActivity signed = own(candidateId, activityId);
        if (!signed.canBeCorrected()) {
            throw new InvalidInputException("reason", "activity.correction.notSigned");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "activity.correction.reasonRequired");
        }
        LearningActivity correction = validation.validated(candidateId, corrected, activityId, reason.trim());
        if (!activities.changeStatus(activityId, ActivityStatus.SIGNED, ActivityStatus.SUPERSEDED, actor, now())) {
            throw new OptimisticLockingFailureException("Activity " + activityId + " was corrected at the same time");
        }
        activities.insert(correction, actor, now());
        events.publishEvent(new ActivityCorrected(correction.id(), candidateId, actor));
        return correction;
    }

    /** Sends the candidate's own activity to a veileder or supervisor related to her today. */
    @Transactional
    public SignatureRequest requestSignature(Actor candidate, UUID activityId, UUID signerId) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        LearningActivity activity = own(candidateId, activityId);
        if (!activity.canBeSent()) {
            throw new InvalidInputException("signerId", "activity.notSendable");
        }
        if (!relationships.holds(signerId, candidateId, SIGNERS, today())) {
            throw new InvalidInputException("signerId", "activity.signer.notRelated");
        }
        if (!activities.changeStatus(activityId, activity.status(), ActivityStatus.SENT, actor, now())) {
            throw new OptimisticLockingFailureException("Activity " + activityId + " was sent at the same time");
        }
        var request = new SignatureRequest(UUID.randomUUID(), activityId, signerId, now(), null, null, null);
        activities.insertRequest(request, actor, now());
        events.publishEvent(new ActivitySent(activityId, candidateId, signerId, actor));
        return request;
    }

    /** Sends several of her activities to one signer at once, such as those a course certificate created: all or none. */
    @Transactional
    public List<SignatureRequest> requestSignatures(Actor candidate, List<UUID> activityIds, UUID signerId) {
        if (activityIds == null || activityIds.isEmpty()) {
            throw new InvalidInputException("activityIds", "activity.send.noneChosen");
        }
        return activityIds.stream().distinct().map(id -> requestSignature(candidate, id, signerId)).toList();
    }

    /** Signs a request addressed to the signer; the activity is then locked. */
    @Transactional
    public void sign(Actor signer, UUID requestId, String comment) {
        decide(signer, requestId, "SIGNED", ActivityStatus.SIGNED, blankToNull(comment));
    }

    /** Signs several requests at once; all or none. */
    @Transactional
    public void signAll(Actor signer, List<UUID> requestIds) {
        requestIds.stream().distinct().forEach(requestId -> sign(signer, requestId, null));
    }

    /** Rejects a request addressed to the signer; a reason is required. */
    @Transactional
    public void reject(Actor signer, UUID requestId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "activity.reject.reasonRequired");
        }
        decide(signer, requestId, "REJECTED", ActivityStatus.REJECTED, comment.trim());
    }

    /** What waits for the signer's signature, oldest first (a fixed number of queries). */
    public List<AwaitingSignature> awaiting(Actor signer) {
        UUID signerId = signer.personId();
        LocalDate today = today();
        List<SignatureRequest> requests = activities.openFor(signerId);
        Map<UUID, LearningActivity> byId = activities.findAll(requests.stream().map(SignatureRequest::activityId).toList())
                .stream().collect(Collectors.toMap(LearningActivity::id, Function.identity()));
        Set<UUID> related = relationships.activeOf(signerId).stream()
                .filter(relationship -> SIGNERS.contains(relationship.kind()))
                .map(relationship -> relationship.candidateId()).collect(Collectors.toSet());
        Map<UUID, Person> candidates = people.findAll(byId.values().stream().map(LearningActivity::candidateId).toList());
        return requests.stream()
                .filter(request -> related.contains(byId.get(request.activityId()).candidateId()))
                .map(request -> {
                    LearningActivity activity = byId.get(request.activityId());
                    return new AwaitingSignature(request, activity, candidates.get(activity.candidateId()).displayName());
                })
                .toList();
    }

    /** The people the candidate may send activities to today: her veileder and supervisors. */
    public List<Person> signersFor(UUID candidateId) {
        LocalDate today = today();
        List<UUID> ids = relationships.ofCandidates(Set.of(candidateId)).stream()
                .filter(relationship -> relationship.isActiveOn(today) && SIGNERS.contains(relationship.kind()))
                .map(relationship -> relationship.personId()).distinct().toList();
        Map<UUID, Person> persons = people.findAll(ids);
        return ids.stream().map(persons::get).toList();
    }

    /** One of the candidate's own activities; anyone else's is not found. */
    public LearningActivity ownActivity(Actor candidate, UUID activityId) {
        UUID candidateId = candidate.personId();
        return own(candidateId, activityId);
    }

    /**
     * An activity for those who may read the candidate's portfolio, or for the veileder or supervisor
     * it was sent to for signature while she is still related to the candidate; for anyone else it
     * does not exist. The read is logged by the access policy.
     */
    public LearningActivity viewable(Actor viewer, UUID activityId) {
        LearningActivity activity = activities.find(activityId)
                .filter(found -> found.status() != ActivityStatus.DISCARDED)
                .orElseThrow(() -> new NotFoundException("Activity"));
        UUID candidateId = activity.candidateId();
        if (access.allows(viewer, candidateId, Audience.READ_PORTFOLIO)) {
            access.require(viewer, candidateId, Audience.READ_PORTFOLIO);
        } else if (sentTo(viewer, activityId)) {
            access.require(viewer, candidateId, Audience.READ_SENT_FOR_SIGNATURE);
        } else {
            throw new NotFoundException("Activity");
        }
        return activity;
    }

    private boolean sentTo(Actor viewer, UUID activityId) {
        return !viewer.isSystem() && activities.requestsOf(activityId).stream()
                .anyMatch(request -> request.signerId().equals(viewer.personId()));
    }

    /** The sign-off history of an activity the viewer may see, oldest first. */
    public List<SignatureRequest> requestsOf(Actor viewer, UUID activityId) {
        viewable(viewer, activityId);
        return activities.requestsOf(activityId);
    }

    /** Her activities, every version, newest first, but not the drafts she threw away. */
    public List<LearningActivity> of(UUID candidateId) {
        return activities.ofCandidate(candidateId).stream()
                .filter(activity -> activity.status() != ActivityStatus.DISCARDED).toList();
    }

    /** Her activities, every version, that name the goal, but not the drafts she threw away. */
    public List<LearningActivity> ofGoal(UUID candidateId, String goalCode) {
        return activities.ofCandidateAndGoal(candidateId, goalCode).stream()
                .filter(activity -> activity.status() != ActivityStatus.DISCARDED).toList();
    }

    /** Activities on a page of her list: a five-year record has about three hundred. */
    public static final int PAGE_SIZE = 50;

    /** One page of the candidate's activities that are not thrown away, newest first. */
    public Paged<LearningActivity> pageOf(UUID candidateId, int number, int size) {
        return activities.pageOfCandidate(candidateId, number, size);
    }

    /** The newest signature request of each of the given activities, by activity. */
    public Map<UUID, SignatureRequest> latestRequestsOf(Collection<UUID> activityIds) {
        return activities.latestRequestsOf(activityIds).stream()
                .collect(Collectors.toMap(SignatureRequest::activityId, Function.identity()));
    }

    private void decide(Actor signer, UUID requestId, String decision, ActivityStatus status, String comment) {
        UUID signerId = signer.personId();
        String actor = signer.id();
        SignatureRequest request = activities.requestForUpdate(requestId)
                .filter(found -> found.signerId().equals(signerId))
                .orElseThrow(() -> new NotFoundException("Signature request"));
        LearningActivity activity = activities.find(request.activityId()).orElseThrow();
        if (!access.allows(signer, activity.candidateId(), Audience.SIGN)) {
            throw new NotFoundException("Signature request");
        }
        if (request.decision() != null) {
            throw new ConflictException("Signature request already " + request.decision(), request);
        }
        activities.decide(requestId, decision, comment, actor, now());
        activities.changeStatus(activity.id(), ActivityStatus.SENT, status, actor, now());
        events.publishEvent(status == ActivityStatus.SIGNED
                ? new ActivitySigned(activity.id(), activity.candidateId(), signerId, actor)
                : new ActivityRejected(activity.id(), activity.candidateId(), signerId, actor));
    }

    /** Her own activity; one she threw away is gone for her, as for everyone (the row is kept). */
    private LearningActivity own(UUID candidateId, UUID activityId) {
        return activities.find(activityId)
                .filter(activity -> activity.candidateId().equals(candidateId) && activity.status() != ActivityStatus.DISCARDED)
                .orElseThrow(() -> new NotFoundException("Activity"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
