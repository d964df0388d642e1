package no.veiviser.programme.web;

import no.veiviser.identity.Actor;
import no.veiviser.programme.RecordReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Hvem har sett mine opplysninger" for a person, and the organisation's access log for its department head. */
@Controller
class AccessLogController {

    private final RecordReads reads;

    AccessLogController(RecordReads reads) {
        this.reads = reads;
    }

    @GetMapping("/access-log")
    String mine(Actor person, Model model) {
        model.addAttribute("reads", reads.ofMine(person));
        model.addAttribute("organisation", false);
        return "programme/access-log";
    }

    @GetMapping("/candidates/access-log")
    String organisation(Actor head, Model model) {
        model.addAttribute("reads", reads.ofOrganisation(head));
        model.addAttribute("organisation", true);
        return "programme/access-log";
    }
}
