package no.veiviser.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.catalog.RecommendedActivity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes goals in the catalog file format, so that export followed by import changes nothing. */
public final class GoalFileWriter {

    private GoalFileWriter() {
    }

    /** UTF-8 with a byte order mark, so that Excel shows æ, ø and å. */
    public static byte[] csv(List<LearningGoal> goals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(headers());
            for (LearningGoal goal : goals) {
                printer.printRecord(cells(goal));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<LearningGoal> goals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Veiviser", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            List<String> headers = headers();
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < goals.size(); row++) {
                List<String> cells = cells(goals.get(row));
                for (int column = 0; column < cells.size(); column++) {
                    if (!cells.get(column).isEmpty()) {
                        sheet.value(row + 1, column, cells.get(column));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (GoalColumn column : GoalColumn.values()) {
            headers.add(column.header());
        }
        return headers;
    }

    static List<String> cells(LearningGoal goal) {
        return List.of(
                goal.code(),
                goal.hasTitle() ? goal.title() : GoalFileParser.UNKNOWN_TITLE,
                orEmpty(goal.theme()),
                orEmpty(goal.description()),
                goal.competenceType() == null ? "" : goal.competenceType().fileValue(),
                activities(goal.activities()),
                orEmpty(goal.source()));
    }

    static String activities(List<RecommendedActivity> activities) {
        return activities.stream()
                .map(activity -> activity.form().fileValue() + ": " + activity.description())
                .collect(Collectors.joining(" " + GoalFileParser.ACTIVITY_SEPARATOR + " "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
