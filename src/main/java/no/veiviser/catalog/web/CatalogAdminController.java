package no.veiviser.catalog.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.TypedText;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogImports;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.ImportOutcome;
import no.veiviser.catalog.ImportPreview;
import no.veiviser.catalog.ImportProblem;
import no.veiviser.identity.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goal and course catalogs for administrators: overview, export, and import through a preview. */
@Controller
@RequestMapping("/admin/catalogs")
class CatalogAdminController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GoalCatalogs catalogs;
    private final CatalogImports imports;
    private final Clock clock;

    CatalogAdminController(GoalCatalogs catalogs, CatalogImports imports, Clock clock) {
        this.catalogs = catalogs;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping
    String overview(Model model) {
        return overview(model, null, null, LocalDate.now(clock).toString(), List.of());
    }

    @GetMapping("/{catalog}/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String catalog, @PathVariable String format) {
        CatalogCode code = CatalogCode.valueOf(catalog.toUpperCase(java.util.Locale.ROOT));
        CatalogImports.Format fileFormat = "xlsx".equals(format) ? CatalogImports.Format.XLSX : CatalogImports.Format.CSV;
        String fileName = "katalog-" + code.name() + "." + (fileFormat == CatalogImports.Format.XLSX ? "xlsx" : "csv");
        return ResponseEntity.ok()
                .contentType(fileFormat == CatalogImports.Format.XLSX ? MediaType.parseMediaType(XLSX)
                        : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(imports.export(code, fileFormat));
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) String catalog, @RequestParam(required = false) String validFrom,
                  @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInPerson person,
                  Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        CatalogCode code = Arrays.stream(CatalogCode.values()).filter(c -> c.name().equals(catalog)).findFirst().orElse(null);
        if (code == null) {
            problems.add(ImportProblem.file("Velg hvilken katalog filen gjelder."));
        }
        LocalDate from = date(validFrom, problems);
        if (file == null || file.isEmpty()) {
            problems.add(ImportProblem.file("Velg en fil å importere."));
        }
        if (problems.isEmpty()) {
            ImportPreview preview = imports.upload(code, file.getOriginalFilename(), file.getBytes(), from,
                    Actor.of(person));
            if (!preview.hasProblems()) {
                return "redirect:/admin/catalogs/imports/" + preview.id();
            }
            problems.addAll(preview.problems());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overview(model, catalog, file == null ? null : file.getOriginalFilename(), validFrom, problems);
    }

    @GetMapping("/imports/{id}")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(id));
        return "catalog/catalog-import";
    }

    @PostMapping("/imports/{id}/apply")
    String apply(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        ImportOutcome outcome = imports.apply(id, Actor.of(person));
        if (outcome.changedNothing()) {
            redirect.addFlashAttribute("notice", "catalogs.import.noChanges");
        } else {
            redirect.addFlashAttribute("notice", "catalogs.import.applied");
            redirect.addFlashAttribute("noticeArguments", new Object[] {outcome.version().number(),
                outcome.version().catalog().name()});
        }
        return "redirect:/admin/catalogs";
    }

    @PostMapping("/imports/{id}/discard")
    String discard(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        imports.discard(id, Actor.of(person));
        redirect.addFlashAttribute("notice", "catalogs.import.discarded");
        return "redirect:/admin/catalogs";
    }

    private String overview(Model model, String catalog, String fileName, String validFrom, List<ImportProblem> problems) {
        List<CatalogRow> rows = Arrays.stream(CatalogCode.values())
                .map(code -> new CatalogRow(code, catalogs.latest(code).orElse(null),
                        catalogs.latest(code).map(version -> catalogs.goals(version.id()).size()).orElse(0)))
                .toList();
        model.addAttribute("catalogs", new CatalogsView(rows, catalogs.courses(), catalog, fileName, validFrom, problems,
                (String) model.getAttribute("notice"), (Object[]) model.getAttribute("noticeArguments")));
        return "catalog/catalogs";
    }

    private static LocalDate date(String value, List<ImportProblem> problems) {
        LocalDate date = TypedText.date(value);
        if (date == null) {
            problems.add(ImportProblem.file("Skriv gyldig fra-datoen som åååå-mm-dd, for eksempel 2027-01-01."));
        }
        return date;
    }
}
