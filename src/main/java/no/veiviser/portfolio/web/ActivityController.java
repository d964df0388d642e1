package no.veiviser.portfolio.web;

import no.veiviser.shared.Refusal;
import no.veiviser.shared.FormRefusals;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.ActivityComment;
import no.veiviser.portfolio.ActivityDocumentation;
import no.veiviser.portfolio.ActivityDrafts;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One activity: its sign-off history, files and comments for the candidate and those related to
 * her; adding files and correcting a signed activity for the candidate.
 */
@Controller
class ActivityController {

    private final Portfolio portfolio;
    private final ActivityDrafts drafts;
    private final ActivityDocumentation documentation;
    private final People people;

    ActivityController(Portfolio portfolio, ActivityDrafts drafts, ActivityDocumentation documentation, People people) {
        this.portfolio = portfolio;
        this.drafts = drafts;
        this.documentation = documentation;
        this.people = people;
    }

    @GetMapping("/activities/{id}")
    String activity(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, Model model) {
        LearningActivity activity = portfolio.viewable(Actor.of(viewer), id);
        FormErrors errors = new FormErrors();
        if (model.getAttribute(FormRefusals.FLASH) instanceof Refusal refused) {
            errors.reject(refused);
        }
        return page(viewer, activity, ActivityForm.of(activity), "", errors, model);
    }

    @PostMapping("/activities/{id}/attachments")
    String attach(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        String filename = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        if (FormRefusals.run(redirect, () -> documentation.attach(Actor.of(candidate), id, filename, content))) {
            redirect.addFlashAttribute("notice", "attachment.added");
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/comments")
    String comment(@AuthenticationPrincipal SignedInPerson author, @PathVariable UUID id,
                   @RequestParam(required = false) String body, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> documentation.comment(Actor.of(author), id, body))) {
            redirect.addFlashAttribute("notice", "comment.added");
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/correction")
    String correct(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id,
                   @ModelAttribute ActivityForm form, @RequestParam(required = false) String reason, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        LearningActivity signed = portfolio.ownActivity(Actor.of(candidate), id);
        FormErrors errors = form.validate().requireText("reason", reason).maxLength("reason", reason, 2000);
        if (errors.isEmpty()) {
            var correction = FormRefusals.attempt(errors, () -> portfolio.correct(Actor.of(candidate), id,
                    form.activity(), reason));
            if (correction.isPresent()) {
                redirect.addFlashAttribute("notice", "activity.corrected");
                return "redirect:/activities/" + correction.get().id();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(candidate, signed, form, reason == null ? "" : reason, errors, model);
    }

    @PostMapping("/activities/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id,
                @ModelAttribute ActivityForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        LearningActivity draft = portfolio.ownActivity(Actor.of(candidate), id);
        FormErrors errors = form.validate();
        if (errors.isEmpty() && FormRefusals.run(errors, () -> drafts.edit(Actor.of(candidate), id, form.activity()))) {
            redirect.addFlashAttribute("notice", "activity.edited");
            return "redirect:/activities/" + id;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(candidate, draft, form, "", errors, model);
    }

    @PostMapping("/activities/{id}/discard")
    String discard(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> drafts.discard(Actor.of(candidate), id))) {
            redirect.addFlashAttribute("notice", "activity.discarded");
            return "redirect:/activities";
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> drafts.withdraw(Actor.of(candidate), id))) {
            redirect.addFlashAttribute("notice", "activity.withdrawn");
        }
        return "redirect:/activities/" + id;
    }

    /** A file, for those who may see the activities it documents; always downloaded, never shown inline. */
    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id) {
        ActivityDocumentation.Download download = documentation.download(Actor.of(viewer), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.content());
    }

    private String page(SignedInPerson viewer, LearningActivity activity, ActivityForm correction, String reason,
                        FormErrors errors, Model model) {
        List<SignatureRequest> history = portfolio.requestsOf(Actor.of(viewer), activity.id());
        List<ActivityComment> comments = documentation.comments(Actor.of(viewer), activity.id());
        Set<UUID> ids = new HashSet<>();
        ids.add(activity.candidateId());
        history.forEach(request -> ids.add(request.signerId()));
        comments.forEach(comment -> ids.add(comment.authorId()));
        model.addAttribute("view", new ActivityPage(activity, activity.candidateId().equals(viewer.personId()), history,
                documentation.filesOf(Set.of(activity.id())).getOrDefault(activity.id(), List.of()), comments,
                people.findAll(ids), correction, reason, errors, (String) model.getAttribute("notice"),
                ActivityForm.types()));
        return "portfolio/activity";
    }
}
