package no.veiviser.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.TimeConfiguration;
import no.veiviser.shared.TypedText;

/** The activity form as typed; times are local Norwegian times. */
public record ActivityForm(String type, String performedOn, String description, String goalCodes, String shiftStart,
                           String shiftEnd, String place, String hours) {

    public static ActivityForm empty() {
        return new ActivityForm(ActivityType.JOINT_CONSULTATION.name(), "", "", "", "", "", "", "");
    }

    /** The form filled with an activity, to correct it. */
    static ActivityForm of(LearningActivity activity) {
        return new ActivityForm(activity.type().name(), activity.performedOn().toString(), activity.description(),
                String.join(", ", activity.goalCodes()), local(activity.shiftStart()), local(activity.shiftEnd()),
                activity.place() == null ? "" : activity.place(),
                activity.hours() == null ? "" : activity.hours().stripTrailingZeros().toPlainString());
    }

    private static String local(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(TimeConfiguration.OSLO).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors().requireText("description", description).maxLength("description", description, 2000)
                .requireText("goalCodes", goalCodes).maxLength("place", place, 200);
        if (activityType() == null) {
            errors.reject("type", "activity.type.required");
        }
        if (TypedText.date(performedOn) == null) {
            errors.rejectDate("performedOn", performedOn);
        }
        if (!TypedText.blank(hours) && number(hours) == null) {
            errors.reject("hours", "activity.hours.invalid", Portfolio.MOST_HOURS);
        }
        if (!TypedText.blank(shiftStart) && time(shiftStart) == null) {
            errors.reject("shiftStart", "activity.time.invalid");
        }
        if (!TypedText.blank(shiftEnd) && time(shiftEnd) == null) {
            errors.reject("shiftEnd", "activity.time.invalid");
        }
        return errors;
    }

    NewActivity activity() {
        return new NewActivity(activityType(), description, TypedText.date(performedOn), time(shiftStart), time(shiftEnd), place,
                TypedText.blank(hours) ? null : number(hours), Arrays.stream(goalCodes.split("[,;\\s]+")).toList());
    }

    private ActivityType activityType() {
        return TypedText.value(ActivityType.values(), type);
    }

    private static OffsetDateTime time(String value) {
        LocalDateTime time = TypedText.dateTime(value);
        return time == null ? null : time.atZone(TimeConfiguration.OSLO).toOffsetDateTime();
    }

    /** A positive number, with a decimal comma or point; anything else is null. */
    static BigDecimal number(String value) {
        BigDecimal number = TypedText.number(value);
        return number != null && number.signum() > 0 ? number : null;
    }

    static List<ActivityType> types() {
        return List.of(ActivityType.values());
    }
}
