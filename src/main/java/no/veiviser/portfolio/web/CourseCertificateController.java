package no.veiviser.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.CourseCertificate;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course certificate proposes one course activity per goal of the course; the candidate confirms. */
@Controller
class CourseCertificateController {

    private final CourseCertificates certificates;
    private final Portfolio portfolio;

    CourseCertificateController(CourseCertificates certificates, Portfolio portfolio) {
        this.certificates = certificates;
        this.portfolio = portfolio;
    }

    @GetMapping("/activities/course-certificate")
    String choose(@AuthenticationPrincipal SignedInPerson candidate, @RequestParam(required = false) String course,
                  Model model) {
        CourseCertificates.Proposal proposal = course == null || course.isBlank() ? null
                : certificates.propose(candidate.personId(), course);
        model.addAttribute("view", new CertificatePage(certificates.courses(), proposal,
                proposal == null ? List.of() : proposal.goalCodes(), "", "", "", portfolio.signersFor(candidate.personId()), null,
                new FormErrors()));
        return "portfolio/course-certificate";
    }

    @PostMapping("/activities/course-certificate")
    String confirm(@AuthenticationPrincipal SignedInPerson candidate, @RequestParam String course,
                   @RequestParam(required = false) List<String> goalCodes,
                   @RequestParam(required = false) String completedOn, @RequestParam(required = false) String hours,
                   @RequestParam(required = false) String topic,
                   @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) UUID sendTo,
                   Model model, HttpServletResponse response,
                   RedirectAttributes redirect) throws IOException {
        CourseCertificates.Proposal proposal = certificates.propose(candidate.personId(), course);
        FormErrors errors = new FormErrors();
        LocalDate date = TypedText.date(completedOn);
        BigDecimal courseHours = hours == null || hours.isBlank() ? null : ActivityForm.number(hours);
        if (date == null) {
            errors.rejectDate("completedOn", completedOn);
        }
        if (hours != null && !hours.isBlank() && courseHours == null) {
            errors.reject("hours", "activity.hours.invalid", Portfolio.MOST_HOURS);
        }
        String filename = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        if (errors.isEmpty() && FormRefusals.run(errors, () -> certificates.confirm(Actor.of(candidate),
                new CourseCertificate(course, goalCodes, date, courseHours, topic, filename, content, sendTo)))) {
            redirect.addFlashAttribute("notice", sendTo == null ? "certificate.recorded" : "certificate.recordedAndSent");
            return "redirect:/activities";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("view", new CertificatePage(certificates.courses(), proposal,
                goalCodes == null ? List.of() : goalCodes, completedOn == null ? "" : completedOn,
                hours == null ? "" : hours, topic == null ? "" : topic, portfolio.signersFor(candidate.personId()), sendTo, errors));
        return "portfolio/course-certificate";
    }
}
