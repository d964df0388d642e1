package no.veiviser.guidance.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.guidance.NewSession;
import no.veiviser.guidance.SessionMode;
import no.veiviser.guidance.SessionText;
import no.veiviser.guidance.TextKind;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guidance sessions as JSON, with the same rules as the pages: dates, hours and goals for those who
 * read the candidate's service; the preparation and minutes ({@code texts}) only for the session's
 * two people.
 */
@RestController
@RequestMapping("/api/v1")
class GuidanceApiController {

    /** A session to plan; {@code candidateId} when a veileder plans, left out when the candidate does. */
    record PlanRequest(UUID candidateId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, SessionMode mode,
                       String place) {
    }

    /** Why a finalised session is corrected. */
    record CorrectionRequest(String reason) {
    }

    /** A text as written, with the version it replaces ({@code -1} or left out: none yet). */
    record TextRequest(String body, Integer version) {
    }

    /** A session with its hours; {@code texts} only for its two people, else null. */
    record SessionView(GuidanceSession session, java.math.BigDecimal hours, Map<TextKind, SessionText> texts) {
    }

    private final GuidanceSessions guidance;

    GuidanceApiController(GuidanceSessions guidance) {
        this.guidance = guidance;
    }

    @GetMapping("/candidates/{id}/guidance-sessions")
    List<SessionView> of(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return guidance.of(Actor.of(caller), id).stream()
                .map(session -> new SessionView(session, session.hours(), null)).toList();
    }

    @PostMapping("/guidance-sessions")
    ResponseEntity<SessionView> plan(@AuthenticationPrincipal SignedInPerson caller, @RequestBody PlanRequest plan) {
        GuidanceSession session = guidance.plan(Actor.of(caller), new NewSession(plan.candidateId(), plan.heldOn(),
                plan.startsAt(), plan.endsAt(), plan.mode(), plan.place()));
        return ResponseEntity.created(URI.create("/api/v1/guidance-sessions/" + session.id()))
                .body(new SessionView(session, session.hours(), Map.of()));
    }

    @GetMapping("/guidance-sessions/{id}")
    SessionView session(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        Actor actor = Actor.of(caller);
        GuidanceSession session = guidance.session(actor, id);
        if (guidance.isParty(actor, session)) {
            var text = guidance.privateText(actor, id);
            return new SessionView(text.session(), text.session().hours(), text.texts());
        }
        return new SessionView(session, session.hours(), null);
    }

    @PutMapping("/guidance-sessions/{id}/texts/{kind}")
    SessionView write(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id, @PathVariable String kind,
                      @RequestBody TextRequest text) {
        TextKind textKind = java.util.Arrays.stream(TextKind.values()).filter(value -> value.name().equals(kind))
                .findFirst().orElseThrow(() -> new NotFoundException("Text"));
        guidance.write(Actor.of(caller), id, textKind, text.body(), text.version() == null ? -1 : text.version());
        return session(caller, id);
    }

    @PutMapping("/guidance-sessions/{id}/schedule")
    SessionView reschedule(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                           @RequestBody PlanRequest schedule) {
        guidance.reschedule(Actor.of(caller), id, new NewSession(null, schedule.heldOn(), schedule.startsAt(),
                schedule.endsAt(), schedule.mode(), schedule.place()));
        return session(caller, id);
    }

    @PostMapping("/guidance-sessions/{id}/correction")
    ResponseEntity<SessionView> correct(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                        @RequestBody CorrectionRequest correction) {
        GuidanceSession corrected = guidance.correct(Actor.of(caller), id, correction.reason());
        return ResponseEntity.created(URI.create("/api/v1/guidance-sessions/" + corrected.id()))
                .body(session(caller, corrected.id()));
    }

    @PostMapping("/guidance-sessions/{id}/finalisation")
    SessionView finalise(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        guidance.finalise(Actor.of(caller), id);
        return session(caller, id);
    }

    @PostMapping("/guidance-sessions/{id}/cancellation")
    SessionView cancel(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        guidance.cancel(Actor.of(caller), id);
        return session(caller, id);
    }
}
