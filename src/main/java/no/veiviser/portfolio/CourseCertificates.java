package no.veiviser.portfolio;

import no.veiviser.identity.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.CourseKind;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.portfolio.internal.CourseTopicRepository;
import no.veiviser.programme.Enrolments;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One course certificate documents every goal the course covers: the candidate picks a course from
 * the course catalog, sees one proposed activity per goal of the course that is in her catalogs,
 * and confirms the ones she wants in one step, all carrying the same certificate.
 */
@Service
public class CourseCertificates {

    /** The activities a course proposes: one per goal of the course that the candidate is assigned. */
    public record Proposal(Course course, List<String> goalCodes) {
    }

    private final GoalCatalogs catalogs;
    private final Enrolments enrolments;
    private final Portfolio portfolio;
    private final ActivityDocumentation documentation;
    private final CourseTopicRepository topics;
    private final Clock clock;

    CourseCertificates(GoalCatalogs catalogs, Enrolments enrolments, Portfolio portfolio,
                       ActivityDocumentation documentation, CourseTopicRepository topics, Clock clock) {
        this.catalogs = catalogs;
        this.enrolments = enrolments;
        this.portfolio = portfolio;
        this.documentation = documentation;
        this.topics = topics;
        this.clock = clock;
    }

    /** The courses of the course catalog that cover at least one goal. */
    public List<Course> courses() {
        return catalogs.courses().stream().filter(course -> !course.goalCodes().isEmpty()).toList();
    }

    public Proposal propose(UUID candidateId, String courseCode) {
        Course course = courses().stream().filter(candidate -> candidate.code().equals(courseCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("Course"));
        Set<String> assigned = enrolments.assignedGoalCodes(candidateId);
        return new Proposal(course, course.goalCodes().stream().filter(assigned::contains).toList());
    }

    /**
     * Records one course activity per chosen goal, all documented by the one certificate, and when she
     * names a signer ({@code sendTo}) sends them all to her in the same step; all or none. A clinical
     * topic course needs its topic, which each activity carries: different topics are what count.
     */
    @Transactional
    public List<LearningActivity> confirm(Actor candidate, CourseCertificate certificate) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        Proposal proposal = propose(candidateId, certificate.courseCode());
        String topic = topicOf(proposal.course(), certificate.topic());
        List<String> goalCodes = certificate.goalCodes();
        LocalDate completedOn = certificate.completedOn();
        List<String> chosen = goalCodes == null ? List.of() : goalCodes.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("goalCodes", "activity.goals.required");
        }
        chosen.stream().filter(code -> !proposal.goalCodes().contains(code)).findFirst().ifPresent(code -> {
            throw new InvalidInputException("goalCodes", "certificate.goal.notInCourse", code);
        });
        if (completedOn == null) {
            throw new InvalidInputException("completedOn", "form.date");
        }
        if (certificate.content() == null || certificate.content().length == 0) {
            throw new InvalidInputException("file", "certificate.required");
        }
        Attachment stored = documentation.store(candidateId, certificate.filename(), certificate.content(), actor);
        BigDecimal courseHours = certificate.hours() != null ? certificate.hours() : proposal.course().hours();
        String description = proposal.course().name();
        List<LearningActivity> recorded = chosen.stream().map(code -> {
            LearningActivity activity = portfolio.record(candidate, new NewActivity(ActivityType.COURSE, description,
                    completedOn, null, null, null, courseHours, List.of(code)));
            documentation.link(activity.id(), stored.id(), actor);
            if (topic != null) {
                topics.insert(activity.id(), topic, actor, OffsetDateTime.now(clock));
            }
            return activity;
        }).toList();
        if (certificate.sendTo() != null) {
            portfolio.requestSignatures(candidate, recorded.stream().map(LearningActivity::id).toList(),
                    certificate.sendTo());
        }
        return recorded;
    }

    /** The topic of each of the candidate's clinical topic course activities, by activity id. */
    public Map<UUID, String> topicsOf(UUID candidateId) {
        return topics.ofCandidate(candidateId);
    }

    /** The trimmed topic a clinical topic course requires; other courses have none. */
    private static String topicOf(Course course, String topic) {
        if (course.kind() != CourseKind.CLINICAL_TOPIC) {
            return null;
        }
        String trimmed = topic == null ? "" : topic.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("topic", "certificate.topic.required");
        }
        if (trimmed.length() > InputLimits.LONGEST_NAME) {
            throw new InvalidInputException("topic", "certificate.topic.tooLong", InputLimits.LONGEST_NAME);
        }
        return trimmed;
    }
}
