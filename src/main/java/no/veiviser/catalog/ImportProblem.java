package no.veiviser.catalog;

/**
 * One thing wrong with an uploaded catalog file, located as the user sees it in a spreadsheet.
 *
 * @param row     the row number in the file (the header is row 1); 0 for the file as a whole
 * @param column  the column's letter and name, e.g. {@code B (tittel)}; null for a whole row or file
 * @param message what is wrong and how to mend it, in Norwegian
 */
public record ImportProblem(int row, String column, String message) {

    public static ImportProblem file(String message) {
        return new ImportProblem(0, null, message);
    }
}
