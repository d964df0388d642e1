package no.veiviser.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.Admissions;
import no.veiviser.programme.CandidateFile;
import no.veiviser.programme.Caseloads;
import no.veiviser.programme.InvitationHandOver;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department head appoints a candidate's veileder, approver, deputy and supervisors. */
@Controller
class CandidateController {

    private final Caseloads caseloads;
    private final Relationships relationships;
    private final Admissions admissions;
    private final InvitationHandOver handOver;

    private final URI baseUrl;

    CandidateController(Caseloads caseloads, Relationships relationships, Admissions admissions,
                        InvitationHandOver handOver, @Value("${veiviser.base-url:http://localhost:8080}") URI baseUrl) {
        this.baseUrl = baseUrl;
        this.caseloads = caseloads;
        this.relationships = relationships;
        this.admissions = admissions;
        this.handOver = handOver;
    }

    /** A supervisor who is not registered yet: registered, appointed and invited in one step. */
    @PostMapping("/candidates/{id}/supervisors")
    String addSupervisor(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                         @RequestParam(required = false) String givenName, @RequestParam(required = false) String familyName,
                         @RequestParam(required = false) String email, @RequestParam(required = false) String title,
                         @RequestParam(required = false) Profession profession,
                         @RequestParam(required = false) String validFrom, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> admissions.addSupervisor(Actor.of(viewer), id,
                new NewPerson(givenName, familyName, email, profession, title), TypedText.date(validFrom)))) {
            redirect.addFlashAttribute("notice", "supervisor.new.done");
        }
        return "redirect:/candidates/" + id;
    }

    @GetMapping("/candidates/{id}")
    String candidate(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, Model model) {
        model.addAttribute("file", caseloads.file(Actor.of(viewer), id));
        model.addAttribute("invitationsByHand", handOver.byHand() ? handOver.waiting(Actor.of(viewer), id) : List.of());
        return "programme/candidate";
    }

    /**
     * A new one-time invitation link for someone of the file, shown on the answer to this POST only
     * (not in a redirect or the session), so that it reaches the department head once.
     */
    @PostMapping("/candidates/{id}/invitations")
    String handOverInvitation(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                              @RequestParam(required = false) UUID personId, Model model,
                              HttpServletResponse response) {
        String link = handOver.issue(Actor.of(viewer), id, personId);
        CandidateFile file = caseloads.file(Actor.of(viewer), id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("file", file);
        model.addAttribute("person", file.candidate().id().equals(personId) ? file.candidate().displayName()
                : file.nameOf(personId));
        model.addAttribute("link", baseUrl.resolve(link).toString());
        return "programme/invitation-link";
    }

    @PostMapping("/candidates/{id}/relationships")
    String appoint(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) UUID personId,
                   @RequestParam(required = false) String validFrom, RedirectAttributes redirect) {
        RelationshipKind relationship = TypedText.value(RelationshipKind.values(), kind);
        LocalDate from = TypedText.date(validFrom);
        FormRefusals.attempt(redirect, () -> relationships.start(id, personId, relationship, from, Actor.of(viewer)))
                .ifPresent(outcome -> {
                    redirect.addFlashAttribute("notice", "candidate.appointed");
                    if (outcome.messageKey() != null) {
                        redirect.addFlashAttribute("warning", outcome.messageKey());
                        redirect.addFlashAttribute("warningArguments", outcome.arguments());
                    }
                });
        return "redirect:/candidates/" + id;
    }

    @PostMapping("/candidates/{id}/relationships/{relationshipId}/end")
    String end(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, @PathVariable UUID relationshipId,
               @RequestParam(required = false) String lastDay, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> relationships.end(id, relationshipId, TypedText.date(lastDay), Actor.of(viewer)))) {
            redirect.addFlashAttribute("notice", "candidate.relationshipEnded");
        }
        return "redirect:/candidates/" + id;
    }

    @PostMapping("/candidates/{id}/ending")
    String endProgramme(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                        @RequestParam(required = false) String lastDay, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> admissions.endProgramme(Actor.of(viewer), id, TypedText.date(lastDay), reason))) {
            redirect.addFlashAttribute("notice", "enrolment.ended");
        }
        return "redirect:/candidates/" + id;
    }

    @PostMapping("/candidates/{id}/relationships/{relationshipId}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                    @PathVariable UUID relationshipId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> relationships.withdraw(id, relationshipId, reason, Actor.of(viewer)))) {
            redirect.addFlashAttribute("notice", "candidate.relationshipWithdrawn");
        }
        return "redirect:/candidates/" + id;
    }
}
