package no.veiviser.portfolio.api;

import no.veiviser.identity.Actor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.AwaitingSignature;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What waits for the caller's signature, and her decisions. */
@RestController
@RequestMapping("/api/v1/signature-requests")
class SignatureRequestsApiController {

    record Waiting(UUID id, OffsetDateTime requestedAt, UUID candidateId, String candidateName, UUID activityId,
                   ActivityType type, String description, LocalDate performedOn, List<String> goalCodes) {

        static Waiting of(AwaitingSignature awaiting) {
            var activity = awaiting.activity();
            return new Waiting(awaiting.request().id(), awaiting.request().requestedAt(), activity.candidateId(),
                    awaiting.candidateName(), activity.id(), activity.type(), activity.description(),
                    activity.performedOn(), activity.goalCodes());
        }
    }

    record Decision(String comment) {
    }

    record BulkSignature(List<UUID> requestIds) {
    }

    private final Portfolio portfolio;

    SignatureRequestsApiController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** Oldest first. */
    @GetMapping
    List<Waiting> waiting(@AuthenticationPrincipal SignedInPerson caller) {
        return portfolio.awaiting(Actor.of(caller)).stream().map(Waiting::of).toList();
    }

    @PostMapping("/{id}/signature")
    ResponseEntity<Void> sign(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                              @RequestBody(required = false) Decision decision) {
        portfolio.sign(Actor.of(caller), id, decision == null ? null : decision.comment());
        return ResponseEntity.noContent().build();
    }

    /** Signs several at once: all or none. */
    @PostMapping("/signatures")
    ResponseEntity<Void> signAll(@AuthenticationPrincipal SignedInPerson caller, @RequestBody BulkSignature body) {
        if (body.requestIds() == null || body.requestIds().isEmpty()) {
            throw new InvalidInputException("requestIds", "api.required", "requestIds");
        }
        portfolio.signAll(Actor.of(caller), body.requestIds());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rejection")
    ResponseEntity<Void> reject(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                @RequestBody(required = false) Decision decision) {
        portfolio.reject(Actor.of(caller), id, decision == null ? null : decision.comment());
        return ResponseEntity.noContent().build();
    }
}
