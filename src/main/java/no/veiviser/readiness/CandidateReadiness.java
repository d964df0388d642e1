package no.veiviser.readiness;

import no.veiviser.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.portfolio.LearningActivity;
import java.util.List;
import no.veiviser.approval.GoalOverviews;
import no.veiviser.identity.People;
import no.veiviser.organisation.Organisations;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.programme.CandidateService;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.requirements.ReadinessEngine;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessResult;
import org.springframework.stereotype.Service;

/**
 * The readiness of a stored candidate: her confirmed service records, signed activities and approved
 * goals, evaluated by the same engine as the stateless API. Readable by those who may read her
 * service ({@link ServiceRecords#of}): herself, her veileder, approver and deputy today, and the
 * department head of her organisation; for anyone else she does not exist.
 */
@Service
public class CandidateReadiness {

    private final ServiceRecords serviceRecords;
    private final Portfolio portfolio;
    private final GoalOverviews goals;
    private final CourseMatcher courses;
    private final People people;
    private final Organisations organisations;
    private final GuidanceSessions guidance;
    private final GuidanceGroups groups;
    private final Clock clock;

    CandidateReadiness(ServiceRecords serviceRecords, Portfolio portfolio, GoalOverviews goals, CourseMatcher courses,
                       People people, Organisations organisations, GuidanceSessions guidance, GuidanceGroups groups,
                       Clock clock) {
        this.guidance = guidance;
        this.groups = groups;
        this.organisations = organisations;
        this.serviceRecords = serviceRecords;
        this.portfolio = portfolio;
        this.goals = goals;
        this.courses = courses;
        this.people = people;
        this.clock = clock;
    }

    public StoredReadiness of(Actor viewer, UUID candidateId) {
        CandidateService service = serviceRecords.of(viewer, candidateId);
        LocalDate today = LocalDate.now(clock);
        List<LearningActivity> activities = portfolio.of(candidateId);
        ReadinessInput input = StoredInput.builder(service.enrolment(), today)
                .settings(organisations.readinessSettings(service.enrolment().organisationId()))
                .confirmedRecords(service.confirmed())
                .activities(activities, courses)
                .guidance(guidance.held(candidateId))
                .groups(groups.held(candidateId))
                .goals(goals.of(candidateId, service.enrolment(), activities).stream().flatMap(progress -> progress.rows().stream()).toList())
                .build();
        ReadinessResult result = NotYetHeld.mark(ReadinessEngine.evaluate(input));
        return new StoredReadiness(people.findAll(java.util.Set.of(candidateId)).get(candidateId), service.enrolment(),
                input, ReadinessEngine.parametersOf(input), result, service.awaitingDecision());
    }
}
