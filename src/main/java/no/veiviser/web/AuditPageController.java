package no.veiviser.web;

import no.veiviser.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newest entries of the audit log, for administrators. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditLog auditLog;

    AuditPageController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", auditLog.latest(PAGE_SIZE));
        return "audit";
    }
}
