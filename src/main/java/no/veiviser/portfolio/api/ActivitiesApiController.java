package no.veiviser.portfolio.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.ActivityComment;
import no.veiviser.portfolio.ActivityDocumentation;
import no.veiviser.portfolio.ActivityDrafts;
import no.veiviser.portfolio.ActivityStatus;
import no.veiviser.portfolio.Attachment;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.Paged;
import no.veiviser.web.ApiPages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own learning activities and sending them for signature. */
@RestController
@RequestMapping("/api/v1/activities")
class ActivitiesApiController {

    record ActivityView(UUID id, ActivityType type, String description, LocalDate performedOn,
                        OffsetDateTime shiftStart, OffsetDateTime shiftEnd, String place, BigDecimal hours,
                        List<String> goalCodes, ActivityStatus status, UUID previousVersionId, String correctionReason,
                        SignatureView latestSignatureRequest) {

        static ActivityView of(LearningActivity activity, SignatureRequest latest) {
            return new ActivityView(activity.id(), activity.type(), activity.description(), activity.performedOn(),
                    activity.shiftStart(), activity.shiftEnd(), activity.place(), activity.hours(), activity.goalCodes(),
                    activity.status(), activity.previousVersionId(), activity.correctionReason(), SignatureView.of(latest));
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

    /** Several of her activities to send to one signer at once. */
    record BatchSignatureRequestBody(List<UUID> activityIds, UUID signerId) {
    }

    /** The corrected activity and why. */
    record Correction(ActivityType type, String description, LocalDate performedOn, OffsetDateTime shiftStart,
                      OffsetDateTime shiftEnd, String place, BigDecimal hours, List<String> goalCodes, String reason) {

        NewActivity activity() {
            return new NewActivity(type, description, performedOn, shiftStart, shiftEnd, place, hours, goalCodes);
        }
    }

    record CommentBody(String text) {
    }

    record CommentView(UUID id, UUID authorId, String text, OffsetDateTime writtenAt) {

        static CommentView of(ActivityComment comment) {
            return new CommentView(comment.id(), comment.authorId(), comment.body(), comment.writtenAt());
        }
    }

    private final Portfolio portfolio;
    private final ActivityDrafts drafts;
    private final ActivityDocumentation documentation;

    ActivitiesApiController(Portfolio portfolio, ActivityDrafts drafts, ActivityDocumentation documentation) {
        this.portfolio = portfolio;
        this.drafts = drafts;
        this.documentation = documentation;
    }

    /** Activities in one answer; the rest follow by {@code ?page=}, announced in the {@code Link} header. */
    static final int PAGE_SIZE = 100;

    @GetMapping
    ResponseEntity<List<ActivityView>> mine(@AuthenticationPrincipal SignedInPerson caller,
                                            @RequestParam(required = false) String page) {
        Paged<LearningActivity> activities = portfolio.pageOf(caller.personId(), Paged.number(page), PAGE_SIZE);
        Map<UUID, SignatureRequest> latest = portfolio.latestRequestsOf(
                activities.rows().stream().map(LearningActivity::id).toList());
        return ApiPages.headers(activities, "/api/v1/activities?page=")
                .body(activities.rows().stream().map(activity -> ActivityView.of(activity, latest.get(activity.id()))).toList());
    }

    @GetMapping("/{id}")
    ActivityView one(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        LearningActivity activity = portfolio.ownActivity(Actor.of(caller), id);
        return ActivityView.of(activity, portfolio.latestRequestsOf(List.of(id)).get(id));
    }

    @PostMapping
    ResponseEntity<ActivityView> record(@AuthenticationPrincipal SignedInPerson caller, @RequestBody NewActivity activity) {
        LearningActivity recorded = portfolio.record(Actor.of(caller), activity);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + recorded.id())).body(ActivityView.of(recorded, null));
    }

    /** Sends the activity to the caller's veileder or one of her supervisors. */
    @PostMapping("/{id}/signature-requests")
    ResponseEntity<SignatureView> send(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                       @RequestBody SignatureRequestBody body) {
        if (body.signerId() == null) {
            throw new InvalidInputException("signerId", "api.required", "signerId");
        }
        SignatureRequest request = portfolio.requestSignature(Actor.of(caller), id, body.signerId());
        return ResponseEntity.created(URI.create("/api/v1/signature-requests/" + request.id()))
                .body(SignatureView.of(request));
    }

    /** Changes her draft, or an activity that was rejected (which is then a draft again, to be sent anew). */
    @PutMapping("/{id}")
    ActivityView edit(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id, @RequestBody NewActivity activity) {
        return ActivityView.of(drafts.edit(Actor.of(caller), id, activity), portfolio.latestRequestsOf(List.of(id)).get(id));
    }

    /** Throws away her draft or rejected activity; it is kept, marked {@code DISCARDED}, and no longer listed. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        drafts.discard(Actor.of(caller), id);
        return ResponseEntity.noContent().build();
    }

    /** Takes back an activity she sent, before it is decided; it is a draft again. */
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        drafts.withdraw(Actor.of(caller), id);
        return ResponseEntity.noContent().build();
    }

    /** Sends several of her activities to one veileder or supervisor: all or none. */
    @PostMapping("/signature-requests")
    List<SignatureView> sendAll(@AuthenticationPrincipal SignedInPerson caller, @RequestBody BatchSignatureRequestBody body) {
        if (body.signerId() == null) {
            throw new InvalidInputException("signerId", "api.required", "signerId");
        }
        return portfolio.requestSignatures(Actor.of(caller), body.activityIds(), body.signerId()).stream()
                .map(SignatureView::of).toList();
    }

    /** Corrects a signed activity: a new version to be signed again; the signed one is kept. */
    @PostMapping("/{id}/corrections")
    ResponseEntity<ActivityView> correct(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                         @RequestBody Correction correction) {
        LearningActivity corrected = portfolio.correct(Actor.of(caller), id, correction.activity(), correction.reason());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + corrected.id())).body(ActivityView.of(corrected, null));
    }

    /** Adds a PDF, PNG or JPEG (multipart field {@code file}) to an activity not yet sent. */
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                      @RequestPart(required = false) MultipartFile file) throws IOException {
        Attachment attachment = documentation.attach(Actor.of(caller), id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + attachment.id())).body(attachment);
    }

    @GetMapping("/{id}/attachments")
    List<Attachment> files(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        portfolio.viewable(Actor.of(caller), id);
        return documentation.filesOf(List.of(id)).getOrDefault(id, List.of());
    }

    @GetMapping("/{id}/comments")
    List<CommentView> comments(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return documentation.comments(Actor.of(caller), id).stream().map(CommentView::of).toList();
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<CommentView> comment(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                        @RequestBody CommentBody body) {
        ActivityComment comment = documentation.comment(Actor.of(caller), id, body.text());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/comments")).body(CommentView.of(comment));
    }
}
