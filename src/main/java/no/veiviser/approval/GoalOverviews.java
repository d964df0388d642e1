package no.veiviser.approval;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.portfolio.GoalEvidence;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.identity.Actor;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.portfolio.SignedEvidence;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.Paged;
import org.springframework.stereotype.Service;

/**
 * A candidate's goals per assigned catalog with status, signed activities and progress. The queries
 * are one per catalog plus a fixed few, whatever the number of goals and activities.
 */
@Service
public class GoalOverviews {

    private final Enrolments enrolments;
    private final GoalCatalogs catalogs;
    private final AssessmentRepository assessments;
    private final Portfolio portfolio;
    private final GoalEvidence goalEvidence;
    private final CandidateAccess access;
    private final People people;

    GoalOverviews(Enrolments enrolments, GoalCatalogs catalogs, AssessmentRepository assessments, Portfolio portfolio,
                  GoalEvidence goalEvidence, CandidateAccess access, People people) {
        this.enrolments = enrolments;
        this.catalogs = catalogs;
        this.assessments = assessments;
        this.portfolio = portfolio;
        this.goalEvidence = goalEvidence;
        this.access = access;
        this.people = people;
    }

    public List<GoalProgress> of(UUID candidateId) {
        return progress(candidateId, goalEvidence.countsPerGoal(candidateId));
    }

    /** One of her goals with where it stands; empty when it is not in a catalog she is assigned. */
    public java.util.Optional<GoalProgress.Row> goal(UUID candidateId, String code) {
        return of(candidateId).stream()
                .flatMap(catalog -> catalog.rows().stream())
                .filter(row -> row.goal().code().equals(code))
                .findFirst();
    }

    /**
     * Her goals in the enrolment, from activities the caller has read already (a page that shows both
     * reads them once).
     */
    public List<GoalProgress> of(UUID candidateId, Enrolment enrolment, List<LearningActivity> activities) {
        return progress(candidateId, enrolment, signedPerGoal(activities));
    }

    /** Her goals, with the signed evidence per goal. */
    private List<GoalProgress> progress(UUID candidateId, Map<String, Long> signed) {
        var enrolment = enrolments.of(candidateId).stream().findFirst();
        return enrolment.isEmpty() ? List.of() : progress(candidateId, enrolment.get(), signed);
    }

    private static Map<String, Long> signedPerGoal(List<LearningActivity> activities) {
        return SignedEvidence.perGoal(activities.stream().map(SignedEvidence.Version::of).toList());
    }

    private List<GoalProgress> progress(UUID candidateId, Enrolment enrolment, Map<String, Long> signed) {
        Map<String, GoalAssessment> byGoal = assessments.ofCandidate(candidateId).stream()
                .collect(Collectors.toMap(GoalAssessment::goalCode, Function.identity()));
        Map<UUID, String> returnReasons = returnReasons(byGoal);
        var versions = enrolments.assignedCatalogs(enrolment.id());
        Map<UUID, List<LearningGoal>> goals = catalogs.goals(versions.stream().map(version -> version.id()).toList());
        return versions.stream()
                .map(version -> new GoalProgress(version, goals.get(version.id()).stream()
                        .map(goal -> {
                            GoalAssessment assessment = byGoal.get(goal.code());
                            return new GoalProgress.Row(goal, assessment == null ? null : assessment.status(),
                                    assessment == null ? null : assessment.id(), signed.getOrDefault(goal.code(), 0L),
                                    assessment == null ? null : returnReasons.get(assessment.id()));
                        }).toList()))
                .toList();
    }

    /**
     * A candidate's goals and activities for those who may read her portfolio — herself, her veileder,
     * approver and deputy — and the read is logged; for anyone else she does not exist.
     */
    public CandidatePortfolio portfolio(Actor viewer, UUID candidateId, int page) {
        access.require(viewer, candidateId, Audience.READ_PORTFOLIO);
        List<LearningActivity> all = portfolio.of(candidateId);
        Paged<LearningActivity> shown = Paged.slice(SignedEvidence.latestVersions(all), page, CandidatePortfolio.PAGE_SIZE);
        Map<UUID, SignatureRequest> signatures = portfolio.latestRequestsOf(
                shown.rows().stream().map(LearningActivity::id).toList());
        Set<UUID> ids = new HashSet<>(Set.of(candidateId));
        signatures.values().forEach(request -> ids.add(request.signerId()));
        Map<UUID, Person> persons = people.findAll(ids);
        return new CandidatePortfolio(persons.get(candidateId), progress(candidateId, signedPerGoal(all)), shown,
                signatures, persons);
    }

    /**
     * The approval basis of an assessment, for those who may read the candidate's portfolio (not her
     * supervisors: they see the goal in their recommendation queue); for anyone else it does not exist.
     */
    public ApprovalBasis basis(Actor viewer, UUID assessmentId) {
        GoalAssessment assessment = assessments.find(assessmentId).orElseThrow(() -> new NotFoundException("Assessment"));
        UUID candidateId = assessment.candidateId();
        access.require(viewer, candidateId, Audience.READ_PORTFOLIO);
        List<LearningActivity> linked = portfolio.ofGoal(candidateId, assessment.goalCode());
        Map<UUID, SignatureRequest> signatures = portfolio.latestRequestsOf(linked.stream().map(LearningActivity::id).toList());
        List<AssessmentEvent> history = assessments.events(assessmentId);
        Optional<AssessmentEvent> approval = assessment.status() != AssessmentStatus.APPROVED ? Optional.empty()
                : history.stream().filter(event -> event.kind() == AssessmentEvent.Kind.APPROVED).reduce((older, newer) -> newer);
        List<LearningActivity> latest = SignedEvidence.latestVersions(linked);
        List<LearningActivity> evidence;
        List<LearningActivity> others;
        if (approval.isPresent()) {
            Set<UUID> frozen = assessments.evidenceOf(approval.get().id()).keySet();
            evidence = linked.stream().filter(activity -> frozen.contains(activity.id())).toList();
            others = latest.stream().filter(activity -> !frozen.contains(activity.id())).toList();
        } else {
            evidence = SignedEvidence.current(linked);
            others = latest.stream().filter(activity -> !evidence.contains(activity)).toList();
        }
        Set<UUID> ids = new HashSet<>();
        ids.add(candidateId);
        history.forEach(event -> {
            ids.add(event.personId());
            if (event.onBehalfOf() != null) {
                ids.add(event.onBehalfOf());
            }
        });
        linked.forEach(activity -> {
            SignatureRequest request = signatures.get(activity.id());
            if (request != null) {
                ids.add(request.signerId());
            }
        });
        Map<UUID, Person> persons = people.findAll(ids);
        LearningGoal goal = catalogs.latestGoals().stream().filter(candidate -> candidate.code().equals(assessment.goalCode()))
                .findFirst().orElse(new LearningGoal(assessment.goalCode(), null, null, null, null, List.of(), null));
        return new ApprovalBasis(assessment, goal, persons.get(candidateId), evidence,
                approval.map(AssessmentEvent::occurredAt).orElse(null), others, signatures, history, persons);
    }

    private Map<UUID, String> returnReasons(Map<String, GoalAssessment> byGoal) {
        List<UUID> returned = byGoal.values().stream().filter(assessment -> assessment.status() == AssessmentStatus.RETURNED)
                .map(GoalAssessment::id).toList();
        return assessments.eventsOf(returned).stream()
                .filter(event -> event.kind() == AssessmentEvent.Kind.RETURNED)
                .collect(Collectors.toMap(AssessmentEvent::assessmentId, AssessmentEvent::comment, (older, newer) -> newer));
    }
}
