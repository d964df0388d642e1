package no.veiviser.reporting.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.reporting.GeneralPlan;
import no.veiviser.reporting.GeneralPlans;
import no.veiviser.reporting.internal.RenderedPdfs;
import no.veiviser.shared.NotFoundException;
import no.veiviser.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The general education plan of the signed-in person's organisation, as a page and as a PDF. */
@Controller
class PlanController {

    private final GeneralPlans plans;
    private final TemplateEngine templates;
    private final RenderedPdfs pdf;
    private final MessageSource messages;

    PlanController(GeneralPlans plans, TemplateEngine templates, RenderedPdfs pdf, MessageSource messages) {
        this.plans = plans;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/plan")
    String plan(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("plan", planOf(person));
        return "reporting/plan";
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInPerson person, HttpServletRequest request) {
        GeneralPlan plan = planOf(person);
        PageContext page = new PageContext(null, List.of(), RequestContextUtils.getLocale(request), null, messages);
        StringOutput xhtml = new StringOutput();
        templates.render("reporting/plan-pdf.jte", Map.of("page", page, "plan", plan), xhtml);
        String fileName = "utdanningsplan-" + slug(plan.organisation().name()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(pdf.of(xhtml.toString()));
    }

    /** A file-name-safe form of a Norwegian name: "Bærum kommune" becomes "baerum-kommune". */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private GeneralPlan planOf(SignedInPerson person) {
        if (person.organisationId() == null) {
            throw new NotFoundException("Organisation");
        }
        return plans.of(person.organisationId());
    }
}
