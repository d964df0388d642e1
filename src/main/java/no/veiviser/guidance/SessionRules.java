package no.veiviser.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.SupervisionRelationship;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.Plausibility;
import org.springframework.stereotype.Component;

/** What a session's day, time and place must be, and who is the candidate's veileder on a day. */
@Component
class SessionRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Enrolments enrolments;
    private final Relationships relationships;
    private final Clock clock;

    SessionRules(Enrolments enrolments, Relationships relationships, Clock clock) {
        this.enrolments = enrolments;
        this.relationships = relationships;
        this.clock = clock;
    }

    /**
     * A day within her programme and at most a year ahead, an end after the start and at most
     * {@link Plausibility#LONGEST_GUIDANCE_SESSION} later, a way of meeting, a place of a sane length.
     */
    void validate(UUID candidateId, NewSession planned) {
        require(planned.heldOn() != null, "heldOn", "form.date");
        require(planned.startsAt() != null, "startsAt", "guidance.time.required");
        require(planned.endsAt() != null, "endsAt", "guidance.time.required");
        require(planned.endsAt().isAfter(planned.startsAt()), "endsAt", "guidance.endsBeforeStart");
        require(Duration.between(planned.startsAt(), planned.endsAt()).compareTo(Plausibility.LONGEST_GUIDANCE_SESSION) <= 0,
                "endsAt", "guidance.tooLong", Plausibility.LONGEST_GUIDANCE_SESSION.toHours());
        require(planned.mode() != null, "mode", "guidance.mode.required");
        require(planned.place() == null || planned.place().strip().length() <= InputLimits.LONGEST_NAME, "place",
                "form.tooLong", InputLimits.LONGEST_NAME);
        LocalDate latest = LocalDate.now(clock).plus(Plausibility.LONGEST_ENROLMENT_AHEAD);
        require(!planned.heldOn().isAfter(latest), "heldOn", "guidance.tooFarAhead", DAY.format(latest));
        enrolments.of(candidateId).stream().findFirst().map(enrolment -> enrolment.startDate())
                .filter(start -> planned.heldOn().isBefore(start)).ifPresent(start -> {
                    throw new InvalidInputException("heldOn", "guidance.beforeProgramme", DAY.format(start));
                });
    }

    /** The person holding the candidate's veileder relationship on the day, if anyone. */
    Optional<UUID> veilederOn(UUID candidateId, LocalDate day) {
        return relationships.ofCandidates(List.of(candidateId)).stream()
                .filter(relationship -> relationship.kind() == RelationshipKind.VEILEDER
                        && !relationship.validFrom().isAfter(day)
                        && (relationship.validTo() == null || !relationship.validTo().isBefore(day)))
                .map(SupervisionRelationship::personId).findFirst();
    }

    static void require(boolean condition, String field, String key, Object... arguments) {
        if (!condition) {
            throw new InvalidInputException(field, key, arguments);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
