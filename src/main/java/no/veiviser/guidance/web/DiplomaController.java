package no.veiviser.guidance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.guidance.GroupDiplomas;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.FormRefusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member attaches her group diploma on her guidance page; those who read her service open it. */
@Controller
class DiplomaController {

    private final GroupDiplomas diplomas;

    DiplomaController(GroupDiplomas diplomas) {
        this.diplomas = diplomas;
    }

    @PostMapping("/guidance/group-memberships/{membershipId}/diplomas")
    String attach(@AuthenticationPrincipal SignedInPerson member, @PathVariable UUID membershipId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        String filename = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        if (FormRefusals.run(redirect, () -> diplomas.attach(Actor.of(member), membershipId, filename, content))) {
            redirect.addFlashAttribute("notice", "diploma.attached");
        }
        return "redirect:/guidance#groups";
    }

    @GetMapping("/guidance/diplomas/{diplomaId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID diplomaId) {
        return file(diplomas.download(Actor.of(viewer), diplomaId));
    }

    /** The file as a download, never cached. */
    static ResponseEntity<byte[]> file(GroupDiplomas.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.diploma().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.diploma().filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.content());
    }
}
