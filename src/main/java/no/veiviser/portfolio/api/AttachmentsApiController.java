package no.veiviser.portfolio.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.ActivityDocumentation;
import no.veiviser.catalog.CourseKind;
import no.veiviser.portfolio.CourseCertificate;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.portfolio.LearningActivity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files that document activities, and course certificates that propose activities for a course's goals. */
@RestController
@RequestMapping("/api/v1")
class AttachmentsApiController {

    /** @param topicRequired whether the certificate needs the course's topic (a clinical topic course) */
    record ProposalView(String course, String name, BigDecimal hours, boolean topicRequired, List<String> goalCodes) {
    }

    record Recorded(List<UUID> activityIds) {
    }

    private final ActivityDocumentation documentation;
    private final CourseCertificates certificates;

    AttachmentsApiController(ActivityDocumentation documentation, CourseCertificates certificates) {
        this.documentation = documentation;
        this.certificates = certificates;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        ActivityDocumentation.Download download = documentation.download(Actor.of(caller), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    /** The activities a course would propose for the caller: one per goal of the course in her catalogs. */
    @GetMapping("/courses/{code}/proposal")
    ProposalView proposal(@AuthenticationPrincipal SignedInPerson caller, @PathVariable String code) {
        CourseCertificates.Proposal proposal = certificates.propose(caller.personId(), code);
        return new ProposalView(proposal.course().code(), proposal.course().name(), proposal.course().hours(),
                proposal.course().kind() == CourseKind.CLINICAL_TOPIC, proposal.goalCodes());
    }

    /**
     * Confirms a course certificate: one course activity per chosen goal, all with the certificate, and
     * with {@code sendTo} all sent to that veileder or supervisor in the same step.
     */
    @PostMapping(path = "/course-certificates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Recorded> certificate(@AuthenticationPrincipal SignedInPerson caller, @RequestParam String course,
                                         @RequestParam(required = false) LocalDate completedOn,
                                         @RequestParam(required = false) BigDecimal hours,
                                         @RequestParam(required = false) List<String> goalCodes,
                                         @RequestParam(required = false) String topic,
                                         @RequestPart(required = false) MultipartFile file,
                                         @RequestParam(required = false) UUID sendTo) throws IOException {
        List<LearningActivity> recorded = certificates.confirm(Actor.of(caller), new CourseCertificate(course,
                goalCodes, completedOn, hours, topic, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), sendTo));
        return ResponseEntity.created(URI.create("/api/v1/activities"))
                .body(new Recorded(recorded.stream().map(LearningActivity::id).toList()));
    }
}
