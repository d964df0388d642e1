package no.veiviser.portfolio;

import static no.veiviser.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.veiviser.programme.Enrolments;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What makes a recorded, changed or corrected activity acceptable: its fields, goals of her assigned
 * catalogs, and a date that can have happened (not in the future, not before her programme started),
 * a shift of at most a day. Refusals name the field and say what was expected; nothing is stored.
 */
@Component
class ActivityValidation {

    /** The most hours one activity (a course) can take. */
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(200);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Enrolments enrolments;
    private final Clock clock;

    ActivityValidation(Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** The activity as a new draft of the candidate, or a refusal. */
    LearningActivity validated(UUID candidateId, NewActivity activity, UUID previousVersionId, String reason) {
        if (activity.type() == null) {
            throw new InvalidInputException("type", "activity.type.required");
        }
        if (activity.description() == null || activity.description().isBlank()) {
            throw new InvalidInputException("description", "form.required");
        }
        if (activity.performedOn() == null) {
            throw new InvalidInputException("performedOn", "form.date");
        }
        LocalDate today = LocalDate.now(clock.withZone(no.veiviser.shared.TimeConfiguration.OSLO));
        if (activity.performedOn().isAfter(today)) {
            throw new InvalidInputException("performedOn", "activity.performedOn.future", DAY.format(today));
        }
        List<String> goals = (activity.goalCodes() == null ? List.<String>of() : activity.goalCodes()).stream()
                .map(code -> code.trim().toUpperCase(Locale.ROOT)).filter(code -> !code.isEmpty()).distinct().toList();
        if (goals.isEmpty()) {
            throw new InvalidInputException("goalCodes", "activity.goals.required");
        }
        if (enrolments.of(candidateId).isEmpty()) {
            throw new InvalidInputException("goalCodes", "activity.notCandidate");
        }
        LocalDate started = enrolments.of(candidateId).stream().map(no.veiviser.programme.Enrolment::startDate)
                .min(LocalDate::compareTo).orElseThrow();
        if (activity.performedOn().isBefore(started)) {
            throw new InvalidInputException("performedOn", "activity.performedOn.beforeEnrolment", DAY.format(started));
        }
        Set<String> assigned = enrolments.assignedGoalCodes(candidateId);
        goals.stream().filter(code -> !assigned.contains(code)).findFirst().ifPresent(code -> {
            throw new InvalidInputException("goalCodes", "activity.goals.unknown", code);
        });
        if (activity.type() == ActivityType.ON_CALL_SHIFT && (activity.shiftStart() == null || activity.shiftEnd() == null
                || !activity.shiftEnd().isAfter(activity.shiftStart()))) {
            throw new InvalidInputException("shiftEnd", "activity.shift.invalid");
        }
        if (activity.type() == ActivityType.ON_CALL_SHIFT
                && !no.veiviser.shared.Plausibility.plausibleShift(activity.shiftStart(), activity.shiftEnd())) {
            throw new InvalidInputException("shiftEnd", "shift.tooLong",
                    no.veiviser.shared.Plausibility.LONGEST_SHIFT.toHours());
        }
        if (activity.hours() != null && (activity.hours().signum() <= 0 || activity.hours().compareTo(MOST_HOURS) > 0
                || activity.hours().stripTrailingZeros().scale() > 1)) {
            throw new InvalidInputException("hours", "activity.hours.invalid", MOST_HOURS);
        }
        if (activity.place() != null && activity.place().length() > InputLimits.LONGEST_NAME) {
            throw new InvalidInputException("place", "form.tooLong", InputLimits.LONGEST_NAME);
        }
        return new LearningActivity(UUID.randomUUID(), candidateId, activity.type(), activity.description().trim(),
                activity.performedOn(), activity.shiftStart(), activity.shiftEnd(), blankToNull(activity.place()),
                activity.hours(), goals, ActivityStatus.DRAFT, previousVersionId, reason);
    }
}
