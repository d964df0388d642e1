package no.veiviser.catalog.web;

import java.util.List;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.ImportProblem;

/**
 * The catalog overview with the import form.
 *
 * @param selectedCatalog the catalog chosen in a refused upload, to keep the form filled in
 * @param problems        why the last upload was refused; empty otherwise
 * @param notice          a message key for what the last action did, or null
 */
public record CatalogsView(List<CatalogRow> rows, List<Course> courses, String selectedCatalog, String fileName,
                           String validFrom, List<ImportProblem> problems, String notice, Object[] noticeArguments) {
}
