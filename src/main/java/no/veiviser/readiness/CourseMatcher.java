package no.veiviser.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.math.BigDecimal;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.CourseKind;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.requirements.ReadinessInput.CourseCode;
import no.veiviser.requirements.ReadinessInput.CourseCompletion;
import org.springframework.stereotype.Component;

/**
 * Recognises the courses the requirements count among a candidate's signed course activities. A
 * course certificate records one activity per goal, each described by the catalog course's name; the
 * course counts once, on the earliest date. A clinical topic course counts by its topic, which the
 * certificate records with each activity (a correction keeps the topic of the activity it corrects):
 * one course per topic, the longest, since distinct topics of at least 15 hours are what counts
 * (docs/rules/ALIS-COURSES.md).
 */
@Component
class CourseMatcher {

    private static final Map<String, CourseCode> COUNTED = Map.of(
            "GRUNNKURS-A", CourseCode.GRUNNKURS_A,
            "GRUNNKURS-B", CourseCode.GRUNNKURS_B,
            "GRUNNKURS-C", CourseCode.GRUNNKURS_C,
            "GRUNNKURS-D", CourseCode.GRUNNKURS_D,
            "KURS-I-AKUTTMEDISIN", CourseCode.AKUTTMEDISIN);

    private final GoalCatalogs catalogs;
    private final CourseCertificates certificates;

    CourseMatcher(GoalCatalogs catalogs, CourseCertificates certificates) {
        this.catalogs = catalogs;
        this.certificates = certificates;
    }

    /**
     * @param all    every version of the candidate's activities, to find the topic of a correction
     * @param signed the signed, current ones that count
     */
    List<CourseCompletion> completions(List<LearningActivity> all, Collection<LearningActivity> signed) {
        Map<String, Course> byName = new LinkedHashMap<>();
        catalogs.courses().forEach(course -> byName.put(course.name(), course));
        Map<String, CourseCompletion> counted = new LinkedHashMap<>();
        Map<UUID, String> topics = null;
        for (LearningActivity activity : signed) {
            Course course = activity.type() == ActivityType.COURSE ? byName.get(activity.description()) : null;
            if (course == null) {
                continue;
            }
            if (course.kind() == CourseKind.CLINICAL_TOPIC) {
                topics = topics != null ? topics : certificates.topicsOf(activity.candidateId());
                String topic = topicOf(activity, topics, all);
                if (topic != null) {
                    counted.merge("topic:" + topic.toLowerCase(Locale.ROOT), new CourseCompletion(CourseCode.EMNEKURS,
                            topic, activity.hours(), activity.performedOn()), CourseMatcher::longerThenEarlier);
                }
            } else if (COUNTED.containsKey(course.code())) {
                counted.merge(course.code(), new CourseCompletion(COUNTED.get(course.code()), null, activity.hours(),
                        activity.performedOn()), (a, b) -> a.completed().isAfter(b.completed()) ? b : a);
            }
        }
        return new ArrayList<>(counted.values());
    }

    /** The topic recorded with the activity or, for a correction, with the version it corrects. */
    private static String topicOf(LearningActivity activity, Map<UUID, String> topics, List<LearningActivity> all) {
        LearningActivity version = activity;
        while (version != null) {
            String topic = topics.get(version.id());
            if (topic != null || version.previousVersionId() == null) {
                return topic;
            }
            UUID previous = version.previousVersionId();
            version = all.stream().filter(candidate -> candidate.id().equals(previous)).findFirst().orElse(null);
        }
        return null;
    }

    private static CourseCompletion longerThenEarlier(CourseCompletion a, CourseCompletion b) {
        int hours = hours(a).compareTo(hours(b));
        if (hours != 0) {
            return hours > 0 ? a : b;
        }
        return a.completed().isAfter(b.completed()) ? b : a;
    }

    private static BigDecimal hours(CourseCompletion course) {
        return course.hours() == null ? BigDecimal.ZERO : course.hours();
    }
}
