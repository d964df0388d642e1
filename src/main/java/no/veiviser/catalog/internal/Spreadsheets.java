package no.veiviser.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded CSV or XLSX file into rows of text. CSV must be UTF-8 (with or without a byte
 * order mark), separated by commas or, as Norwegian Excel writes it, semicolons. XLSX is read from
 * its first sheet.
 */
final class Spreadsheets {

    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    private Spreadsheets() {
    }

    static List<List<String>> read(String fileName, byte[] content) throws UnreadableFile {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        if (name.endsWith(".csv")) {
            return readCsv(content);
        }
        throw new UnreadableFile("Filen må være CSV (.csv) eller Excel (.xlsx).");
    }

    private static List<List<String>> readCsv(byte[] content) throws UnreadableFile {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new StringReader(text))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile("CSV-filen kan ikke leses: " + e.getMessage());
        }
    }

    private static String decodeUtf8(byte[] content) throws UnreadableFile {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("CSV-filen er ikke UTF-8. Lagre den som «CSV UTF-8» og prøv igjen.");
        }
    }

    private static List<List<String>> readXlsx(byte[] content) throws UnreadableFile {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<List<String>> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    rows.add(cells(row));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("Excel-filen kan ikke leses. Er det en .xlsx-fil?");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int index = 0; index < row.getCellCount(); index++) {
            Cell cell = row.getCell(index);
            cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
        }
        return cells;
    }
}
