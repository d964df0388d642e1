package no.veiviser.catalog.internal;

import static no.veiviser.shared.Texts.blankToNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CompetenceType;
import no.veiviser.catalog.DocumentationForm;
import no.veiviser.catalog.ImportProblem;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.catalog.RecommendedActivity;
import no.veiviser.shared.InputLimits;

/**
 * Turns the rows of a goal catalog file into goals, or into every problem found, each with its row,
 * column and reason. A file with any problem yields no goals.
 */
public final class GoalFileParser {

    /** Written in the title column when the official title is not known yet. */
    public static final String UNKNOWN_TITLE = "UKJENT";
    static final String ACTIVITY_SEPARATOR = "|";
    /** The column of the earlier file format that held an invented 1–5 level. */
    static final String RETIRED_LEVEL_COLUMN = "kompetansenivå";

    public record Result(List<LearningGoal> goals, List<ImportProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final CatalogCode catalog;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<GoalColumn, Integer> columns = new EnumMap<>(GoalColumn.class);

    private GoalFileParser(CatalogCode catalog) {
        this.catalog = catalog;
    }

    public static Result parse(CatalogCode catalog, List<List<String>> rows) {
        return new GoalFileParser(catalog).parse(rows);
    }

    private Result parse(List<List<String>> rows) {
        if (rows.isEmpty()) {
            problems.add(ImportProblem.file("Filen er tom. Første rad skal være overskriftene (kode, tittel, …)."));
            return new Result(List.of(), problems);
        }
        readHeader(rows.get(0));
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<LearningGoal> goals = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int index = 1; index < rows.size(); index++) {
            List<String> cells = rows.get(index);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            LearningGoal goal = goal(index + 1, cells, firstRowOfCode);
            if (goal != null) {
                goals.add(goal);
            }
        }
        if (goals.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("Filen har ingen læringsmål under overskriftsraden."));
        }
        return new Result(problems.isEmpty() ? goals : List.of(), problems);
    }

    private void readHeader(List<String> header) {
        for (int index = 0; index < header.size(); index++) {
            String name = header.get(index);
            if (name == null || name.isBlank()) {
                continue;
            }
            GoalColumn column = GoalColumn.byHeader(name);
            if (column == null && name.trim().equalsIgnoreCase(RETIRED_LEVEL_COLUMN)) {
                problems.add(new ImportProblem(1, letter(index) + " (" + name.trim() + ")",
                        "Kolonnen «" + RETIRED_LEVEL_COLUMN + "» brukes ikke lenger: forskriften angir nivået i "
                        + "ordlyden (for eksempel «Selvstendig kunne»), ikke som tall. Fjern kolonnen."));
            } else if (column == null) {
                problems.add(new ImportProblem(1, letter(index) + " (" + name.trim() + ")",
                        "Ukjent kolonne «" + name.trim() + "». Tillatte kolonner: " + allowedHeaders() + "."));
            } else if (columns.containsKey(column)) {
                problems.add(new ImportProblem(1, letter(index) + " (" + column.header() + ")",
                        "Kolonnen «" + column.header() + "» står to ganger."));
            } else {
                columns.put(column, index);
            }
        }
        for (GoalColumn column : GoalColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new ImportProblem(1, null, "Kolonnen «" + column.header() + "» mangler."));
            }
        }
    }

    private LearningGoal goal(int row, List<String> cells, Map<String, Integer> firstRowOfCode) {
        int problemsBefore = problems.size();
        for (int index = 0; index < cells.size(); index++) {
            String problem = InputLimits.problemWithText(cells.get(index));
            if (problem != null) {
                problems.add(new ImportProblem(row, letter(index), problem.equals("input.tooLong")
                        ? "Cellen er lengre enn " + InputLimits.LONGEST_TEXT + " tegn."
                        : "Cellen inneholder tegn som ikke kan lagres (kontrolltegn)."));
                return null;
            }
        }
        String code = code(row, cell(cells, GoalColumn.CODE), firstRowOfCode);
        String title = title(row, cell(cells, GoalColumn.TITLE));
        CompetenceType type = competenceType(row, cell(cells, GoalColumn.COMPETENCE_TYPE));
        List<RecommendedActivity> activities = activities(row, cell(cells, GoalColumn.ACTIVITIES));
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new LearningGoal(code, title, blankToNull(cell(cells, GoalColumn.THEME)),
                blankToNull(cell(cells, GoalColumn.DESCRIPTION)), type, activities, blankToNull(cell(cells, GoalColumn.SOURCE)));
    }

    private String code(int row, String value, Map<String, Integer> firstRowOfCode) {
        if (value.isEmpty()) {
            problem(row, GoalColumn.CODE, "Koden mangler.");
            return null;
        }
        String code = value.toUpperCase(java.util.Locale.ROOT);
        if (!catalog.isGoalCode(code)) {
            problem(row, GoalColumn.CODE, "Koden «" + value + "» har feil form for katalogen " + catalog
                    + "; skriv den som for eksempel " + catalog.example() + ".");
            return null;
        }
        Integer earlier = firstRowOfCode.putIfAbsent(code, row);
        if (earlier != null) {
            problem(row, GoalColumn.CODE, "Koden " + code + " står allerede i rad " + earlier
                    + ". Hver kode kan bare stå én gang.");
        }
        return code;
    }

    private String title(int row, String value) {
        if (value.isEmpty()) {
            problem(row, GoalColumn.TITLE, "Tittelen mangler. Skriv tittelen, eller " + UNKNOWN_TITLE
                    + " hvis den ikke er kjent ennå.");
            return null;
        }
        return value.equalsIgnoreCase(UNKNOWN_TITLE) ? null : value;
    }

    private CompetenceType competenceType(int row, String value) {
        if (value.isEmpty()) {
            return null;
        }
        CompetenceType type = CompetenceType.fromFile(value);
        if (type == null) {
            problem(row, GoalColumn.COMPETENCE_TYPE, "Kompetansetypen «" + value
                    + "» er ukjent; bruk KUNNSKAP, FERDIGHET eller KUNNSKAP_OG_FERDIGHET, eller la feltet stå tomt.");
        }
        return type;
    }

    private List<RecommendedActivity> activities(int row, String value) {
        List<RecommendedActivity> activities = new ArrayList<>();
        if (value.isEmpty()) {
            return activities;
        }
        for (String entry : value.split("\\" + ACTIVITY_SEPARATOR)) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            DocumentationForm form = colon < 0 ? null : DocumentationForm.fromFile(entry.substring(0, colon));
            String description = colon < 0 ? "" : entry.substring(colon + 1).trim();
            if (form == null || description.isEmpty()) {
                problem(row, GoalColumn.ACTIVITIES, "Læringsaktiviteten «" + entry.trim() + "» skal skrives som "
                        + "DOKUMENTASJONSFORM: beskrivelse, for eksempel «SIGNERT_SUPERVISOR: Felleskonsultasjon». "
                        + "Dokumentasjonsformer: " + forms() + ".");
            } else {
                activities.add(new RecommendedActivity(form, description));
            }
        }
        return activities;
    }

    private String cell(List<String> cells, GoalColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).trim();
    }

    private void problem(int row, GoalColumn column, String message) {
        problems.add(new ImportProblem(row, letter(columns.get(column)) + " (" + column.header() + ")", message));
    }

    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    private static String allowedHeaders() {
        return String.join(", ", java.util.Arrays.stream(GoalColumn.values()).map(GoalColumn::header).toList());
    }

    private static String forms() {
        return String.join(", ", java.util.Arrays.stream(DocumentationForm.values()).map(DocumentationForm::fileValue).toList());
    }
}
