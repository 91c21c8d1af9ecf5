package org.upright.classify;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Rows of the real SDG Explorer export written into a small workbook of the same sheet and columns, so tests
 * train and classify in seconds. Cells are copied as text.
 */
final class ExplorerSlice {
    static final Path CYCLE2 = Path.of("../shared/data/dihr-sdg-explorer/upr2-cycle2-sessions13-24.xlsx");

    private ExplorerSlice() {
    }

    /** The header and every row of the export's sheet "Explorer": numbers as BigDecimal (the export has targets as numbers), the rest as text. */
    static List<List<Object>> rows(Path file) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<Row> rows = wb.findSheet("Explorer").orElseThrow().openStream()) {
            rows.forEach(r -> {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell c = r.getCell(i);
                    cells.add(c != null && c.getType() == CellType.NUMBER ? c.asNumber() : r.getCellText(i));
                }
                out.add(cells);
            });
        }
        return out;
    }

    /** Writes the header and the rows (after the header) that pass, in their order, at most {@code limit}. */
    static List<List<Object>> write(List<List<Object>> all, Predicate<List<Object>> keep, int limit, Path out) throws IOException {
        List<List<Object>> kept = new ArrayList<>();
        kept.add(all.get(0));
        for (List<Object> r : all.subList(1, all.size())) {
            if (kept.size() > limit) break;
            if (keep.test(r)) kept.add(r);
        }
        Path written = Files.createTempFile(out.toAbsolutePath().getParent(), "slice-", ".xlsx");
        try (OutputStream os = Files.newOutputStream(written)) {
            Workbook wb = new Workbook(os, "UPRight tests", "1.0");
            Worksheet ws = wb.newWorksheet("Explorer");
            for (int r = 0; r < kept.size(); r++) {
                for (int c = 0; c < kept.get(r).size(); c++) {
                    Object v = kept.get(r).get(c);
                    if (v instanceof BigDecimal n) ws.value(r, c, n);
                    else ws.value(r, c, (String) v);
                }
            }
            wb.finish();
        }
        repack(written, out);
        Files.delete(written);
        return kept;
    }

    /**
     * The same entries in an ordinary zip: the importer's format detection reads the archive as a stream, and
     * fastexcel's streamed entries do not read that way (Office's and the Explorer's own files do).
     */
    private static void repack(Path from, Path to) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    static String column(List<List<Object>> rows, List<Object> row, String name) {
        int at = rows.get(0).indexOf(name);
        return at >= 0 && at < row.size() ? String.valueOf(row.get(at)).strip() : "";
    }

    /** The Working Group session of a row: its report's Council session − 8 (cycle 2). */
    static int session(List<List<Object>> rows, List<Object> row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("A/HRC/(\\d+)/").matcher(column(rows, row, "Document"));
        return m.find() ? Integer.parseInt(m.group(1)) - 8 : -1;
    }
}
