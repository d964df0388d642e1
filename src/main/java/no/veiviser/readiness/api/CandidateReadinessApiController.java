package no.veiviser.readiness.api;

import no.veiviser.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessView;
import no.veiviser.requirements.Text;
import no.veiviser.readiness.CandidateReadiness;
import no.veiviser.readiness.StoredReadiness;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where a stored candidate stands, for herself, her veileder, approver and deputy. */
@RestController
class CandidateReadinessApiController {

    /**
     * The engine's result for what Veiviser holds, the same shape as {@code /readiness/evaluate}.
     *
     * @param awaitingConfirmation reported service records not yet confirmed; they do not count yet
     */
    record CandidateReadinessView(UUID candidateId, ReadinessInput.Programme programme, LocalDate asOf, String ruleSet,
                                  boolean ready, List<ReadinessView.RequirementView> requirements,
                                  LocalDate earliestCompletion, String earliestCompletionNote,
                                  Text earliestCompletionNoteText, long awaitingConfirmation) {
    }

    private final CandidateReadiness readiness;

    CandidateReadinessApiController(CandidateReadiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/candidates/{id}/readiness")
    CandidateReadinessView readiness(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                     @RequestHeader(value = "Accept-Language", required = false) String language) {
        StoredReadiness stored = readiness.of(Actor.of(caller), id);
        ReadinessView result = ReadinessView.of(stored.result(), ApiLanguage.of(language));
        return new CandidateReadinessView(id, result.programme(), result.asOf(), result.ruleSet(), result.ready(),
                result.requirements(), result.earliestCompletion(), result.earliestCompletionNote(),
                result.earliestCompletionNoteText(), stored.awaitingConfirmation());
    }
}
