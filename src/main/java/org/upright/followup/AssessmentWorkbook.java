package org.upright.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.upright.ingest.CsvReader;

/**
 * The first sheet of an .xlsx workbook as the rows of an {@link AssessmentTable}: each row keeps its number in the
 * sheet (what a person sees beside it), a cell formatted as a date becomes YYYY-MM-DD, a whole number loses Excel's
 * ".0", so a sheet reads exactly as the same table saved as CSV.
 */
final class AssessmentWorkbook {
    /** Built-in Excel number formats that are dates (ECMA-376 §18.8.30). */
    private static final int FIRST_DATE_FORMAT = 14;
    private static final int LAST_DATE_FORMAT = 22;

    private AssessmentWorkbook() {
    }

    /** Whether the bytes are a zip, as every .xlsx file is. */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(bytes);
    }

    static List<CsvReader.Row> rows(byte[] bytes) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<CsvReader.Row> rows = new ArrayList<>();
            try (Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
                sheet.forEach(row -> rows.add(new CsvReader.Row(cells(row), row.getRowNum(), null)));
            }
            return rows;
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new FollowUpException("The workbook cannot be read (" + e.getMessage() + "); open it in a spreadsheet program,"
                    + " save it again as .xlsx (or as CSV UTF-8) and import that. Nothing was imported.");
        }
    }

    private static List<String> cells(Row row) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            fields.add(cell == null ? "" : text(cell));
        }
        return fields;
    }

    private static String text(Cell cell) {
        if (cell.getType() != CellType.NUMBER) return cell.getText() == null ? "" : cell.getText();
        if (isDate(cell)) return cell.asDate().toLocalDate().toString();
        BigDecimal n = cell.asNumber();
        return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && id >= FIRST_DATE_FORMAT && id <= LAST_DATE_FORMAT) return true;
        String format = cell.getDataFormatString();
        // a custom format showing days or years ("yyyy-mm-dd", "d/m/yy"), not a number format ("0.00", "#,##0")
        return format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT).matches(".*[dy].*");
    }
}
