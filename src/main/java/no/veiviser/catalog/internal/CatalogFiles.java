package no.veiviser.catalog.internal;

import java.util.List;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.ImportProblem;

/** Reads an uploaded goal catalog file (CSV or XLSX) into goals or problems. */
public final class CatalogFiles {

    /** Uploads larger than this are refused before they are read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private CatalogFiles() {
    }

    public static GoalFileParser.Result read(CatalogCode catalog, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed("Filen er større enn 5 MB.");
        }
        try {
            return GoalFileParser.parse(catalog, Spreadsheets.read(fileName, content));
        } catch (Spreadsheets.UnreadableFile e) {
            return failed(e.getMessage());
        }
    }

    private static GoalFileParser.Result failed(String message) {
        return new GoalFileParser.Result(List.of(), List.of(ImportProblem.file(message)));
    }
}
