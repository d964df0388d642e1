package no.veiviser.portfolio.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.ActivityStatus;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own learning activities and sending them for signature. */
@RestController
@RequestMapping("/api/v1/activities")
class ActivitiesApiController {

    record ActivityView(UUID id, ActivityType type, String description, LocalDate performedOn,
                        OffsetDateTime shiftStart, OffsetDateTime shiftEnd, String place, BigDecimal hours,
                        List<String> goalCodes, ActivityStatus status, SignatureView latestSignatureRequest) {

        static ActivityView of(LearningActivity activity, SignatureRequest latest) {
            return new ActivityView(activity.id(), activity.type(), activity.description(), activity.performedOn(),
                    activity.shiftStart(), activity.shiftEnd(), activity.place(), activity.hours(), activity.goalCodes(),
                    activity.status(), SignatureView.of(latest));
        }
    }

    record SignatureView(UUID id, UUID signerId, OffsetDateTime requestedAt, String decision, OffsetDateTime decidedAt,
                         String comment) {

        static SignatureView of(SignatureRequest request) {
            return request == null ? null : new SignatureView(request.id(), request.signerId(), request.requestedAt(),
                    request.decision(), request.decidedAt(), request.comment());
        }
    }

    record SignatureRequestBody(UUID signerId) {
    }

    private final Portfolio portfolio;

    ActivitiesApiController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    List<ActivityView> mine(@AuthenticationPrincipal SignedInPerson caller) {
        Map<UUID, SignatureRequest> latest = portfolio.latestRequests(caller.personId());
        return portfolio.of(caller.personId()).stream()
                .map(activity -> ActivityView.of(activity, latest.get(activity.id()))).toList();
    }

    @GetMapping("/{id}")
    ActivityView one(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        LearningActivity activity = portfolio.ownActivity(caller.personId(), id);
        return ActivityView.of(activity, portfolio.latestRequests(caller.personId()).get(id));
    }

    @PostMapping
    ResponseEntity<ActivityView> record(@AuthenticationPrincipal SignedInPerson caller, @RequestBody NewActivity activity) {
        requireFields(activity);
        LearningActivity recorded = portfolio.record(caller.personId(), activity, caller.personId().toString());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + recorded.id())).body(ActivityView.of(recorded, null));
    }

    /** Sends the activity to the caller's veileder or one of her supervisors. */
    @PostMapping("/{id}/signature-requests")
    ResponseEntity<SignatureView> send(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                       @RequestBody SignatureRequestBody body) {
        if (body.signerId() == null) {
            throw new InvalidInputException("signerId", "api.required", "signerId");
        }
        SignatureRequest request = portfolio.requestSignature(caller.personId(), id, body.signerId(),
                caller.personId().toString());
        return ResponseEntity.created(URI.create("/api/v1/signature-requests/" + request.id()))
                .body(SignatureView.of(request));
    }

    private static void requireFields(NewActivity activity) {
        if (activity.type() == null) {
            throw new InvalidInputException("type", "api.required", "type");
        }
        if (activity.description() == null || activity.description().isBlank()) {
            throw new InvalidInputException("description", "api.required", "description");
        }
        if (activity.performedOn() == null) {
            throw new InvalidInputException("performedOn", "api.required", "performedOn");
        }
        if (activity.goalCodes() == null) {
            throw new InvalidInputException("goalCodes", "activity.goals.required");
        }
    }
}
