package no.veiviser.requirements;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.veiviser.requirements.ReadinessInput.CourseCode;
import no.veiviser.requirements.ReadinessInput.CourseCompletion;

/** The courses of ALIS: Grunnkurs A–D, a course in acute medicine, six clinical topic courses. */
final class CourseRules {

    static final BigDecimal TOPIC_COURSE_MINIMUM_HOURS = BigDecimal.valueOf(15);
    private static final String REFERENCE = "Helsedirektoratet, anbefalte læringsaktiviteter i allmennmedisin; "
            + "Drammen kommunes utdanningsplan kap. 7.2 og 8";

    private CourseRules() {
    }

    static List<CourseCompletion> completed(Evaluation evaluation) {
        return evaluation.input.courses().stream()
                .filter(course -> course.completed() != null && !course.completed().isAfter(evaluation.asOf)).toList();
    }

    /** courses.basic: the four distinct basic courses. */
    static final class Basic extends DefinedRule {

        private static final Set<CourseCode> BASIC = EnumSet.of(CourseCode.GRUNNKURS_A, CourseCode.GRUNNKURS_B,
                CourseCode.GRUNNKURS_C, CourseCode.GRUNNKURS_D);

        Basic() {
            super("courses.basic", Unit.COUNT,
                    REFERENCE,
                    "Grunnkurs A, B, C og D fullført; hvert kurs teller én gang.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Set<CourseCode> done = completed(evaluation).stream().map(CourseCompletion::code).filter(BASIC::contains)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CourseCode.class)));
            EnumSet<CourseCode> missing = EnumSet.copyOf(BASIC);
            missing.removeAll(done);
            Text explanation = Text.join(Text.of("courses.basic.summary", done.size()),
                    missing.isEmpty() ? null : Text.of("courses.basic.missing", Text.list(missing.stream()
                            .map(code -> Text.of("course." + code.name())).toList())));
            return result(BigDecimal.valueOf(done.size()), BigDecimal.valueOf(4), explanation,
                    done.stream().map(code -> new TraceItem(Text.of("course." + code.name()), BigDecimal.ONE, null)).toList());
        }
    }

    /** courses.acute: one course in acute medicine. */
    static final class Acute extends DefinedRule {

        Acute() {
            super("courses.acute", Unit.COUNT,
                    REFERENCE,
                    "Ett kurs i akuttmedisin fullført.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            List<CourseCompletion> acute = completed(evaluation).stream()
                    .filter(course -> course.code() == CourseCode.AKUTTMEDISIN).toList();
            return result(BigDecimal.valueOf(acute.size()), BigDecimal.ONE, Text.of("courses.acute.summary", acute.size()),
                    acute.stream().map(course -> new TraceItem(Text.of("trace.acute", course.completed()), BigDecimal.ONE, null)).toList());
        }
    }

    /** courses.clinicalTopics: six distinct topics, each course at least 15 hours. */
    static final class ClinicalTopics extends DefinedRule {

        ClinicalTopics() {
            super("courses.clinicalTopics", Unit.COUNT,
                    REFERENCE,
                    "Emnekurs i minst seks ulike emner, hvert kurs på minst 15 timer.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            List<CourseCompletion> topics = completed(evaluation).stream()
                    .filter(course -> course.code() == CourseCode.EMNEKURS).toList();
            Set<String> counted = topics.stream().filter(ClinicalTopics::longEnough)
                    .map(course -> course.topic().trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            long tooShort = topics.stream().filter(course -> !longEnough(course)).count();
            Text explanation = Text.join(Text.of("courses.topics.summary", counted.size()),
                    tooShort > 0 ? Text.of("courses.topics.tooShort", tooShort) : null);
            return result(BigDecimal.valueOf(counted.size()), BigDecimal.valueOf(6), explanation, topics.stream()
                    .map(course -> new TraceItem(Text.of("trace.topic", course.topic(), course.hours()),
                            longEnough(course) ? BigDecimal.ONE : BigDecimal.ZERO, longEnough(course) ? null : Text.of("courses.topics.traceTooShort")))
                    .toList());
        }

        private static boolean longEnough(CourseCompletion course) {
            return course.topic() != null && !course.topic().isBlank() && course.hours() != null
                    && course.hours().compareTo(TOPIC_COURSE_MINIMUM_HOURS) >= 0;
        }
    }
}
