package no.veiviser.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.requirements.ReadinessInput.CourseCode;
import no.veiviser.requirements.ReadinessInput.CourseCompletion;
import org.springframework.stereotype.Component;

/**
 * Recognises the courses the requirements count among a candidate's signed course activities. A
 * course certificate records one activity per goal, each described by the catalog course's name; the
 * course counts once, on the earliest date. Clinical topic courses are not recognised: the activity
 * does not record the topic, and distinct topics are what counts (docs/rules/ALIS-COURSES.md).
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

    CourseMatcher(GoalCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    List<CourseCompletion> completions(Collection<LearningActivity> signed) {
        Map<String, Course> byName = new LinkedHashMap<>();
        catalogs.courses().forEach(course -> byName.put(course.name(), course));
        Map<CourseCode, CourseCompletion> earliest = new LinkedHashMap<>();
        signed.stream().filter(activity -> activity.type() == ActivityType.COURSE)
                .forEach(activity -> counted(byName.get(activity.description())).ifPresent(code ->
                        earliest.merge(code, new CourseCompletion(code, null, activity.hours(), activity.performedOn()),
                                (a, b) -> a.completed().isAfter(b.completed()) ? b : a)));
        return new ArrayList<>(earliest.values());
    }

    private static Optional<CourseCode> counted(Course course) {
        return course == null ? Optional.empty() : Optional.ofNullable(COUNTED.get(course.code()));
    }
}
