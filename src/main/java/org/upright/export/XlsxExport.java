package org.upright.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A real XLSX workbook, one sheet, written as it goes (fastexcel). Text goes in as inline strings: the shared
 * string table fastexcel would otherwise build holds every distinct text in memory until the end.
 */
final class XlsxExport implements ExportWriter {
    /** Rows kept before they are written out to the stream. */
    private static final int FLUSH_EVERY = 1_000;
    /** Excel refuses a cell longer than this and declares the whole file damaged. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final double[] WIDTHS = {8, 10, 80, 8, 24, 8, 6, 6, 16, 30, 11, 9, 7, 8, 40, 40, 30, 20, 20, 60};

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxExport(OutputStream out, ExportHeader header) {
        workbook = new Workbook(out, "UPRight", "1.0");
        sheet = workbook.newWorksheet("Recommendations");
        List<String> names = header.row();
        for (int c = 0; c < names.size(); c++) {
            sheet.inlineString(0, c, names.get(c));
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, ExportRow.COLUMNS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void write(ExportRow r) throws IOException {
        List<Object> cells = r.cells();
        for (int c = 0; c < cells.size(); c++) {
            switch (cells.get(c)) {
                case null -> { }
                case Number n -> sheet.value(row, c, n);
                case Boolean b -> sheet.value(row, c, b);
                case Object o -> sheet.inlineString(row, c, cut(o.toString()));
            }
        }
        if (++row % FLUSH_EVERY == 0) sheet.flush();
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    private static String cut(String text) {
        return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS - 1) + "…";
    }
}
