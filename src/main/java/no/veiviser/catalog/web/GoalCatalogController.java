package no.veiviser.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The learning goals of spesialistforskriften vedlegg 2 for anyone signed in: the regulation's text is
 * public, so this page shows no one's record, only the catalog.
 */
@Controller
class GoalCatalogController {

    private final GoalCatalogs catalogs;
    private final Clock clock;

    GoalCatalogController(GoalCatalogs catalogs, Clock clock) {
        this.catalogs = catalogs;
        this.clock = clock;
    }

    @GetMapping("/catalog")
    String catalog(@RequestParam(defaultValue = "ALM") String catalog, @RequestParam(required = false) Integer version,
                   Model model) {
        CatalogCode code = Arrays.stream(CatalogCode.values()).filter(c -> c.name().equals(catalog)).findFirst()
                .orElseThrow(() -> new NotFoundException("Catalog"));
        List<CatalogVersion> versions = catalogs.versions(code);
        CatalogVersion shown = version == null
                ? catalogs.inForceOn(code, LocalDate.now(clock)).orElse(null)
                : versions.stream().filter(v -> v.number() == version).findFirst()
                        .orElseThrow(() -> new NotFoundException("Catalog version"));
        model.addAttribute("catalog", new GoalCatalogView(code, shown, versions,
                shown == null ? List.of() : catalogs.goals(shown.id())));
        return "catalog/catalog";
    }
}
