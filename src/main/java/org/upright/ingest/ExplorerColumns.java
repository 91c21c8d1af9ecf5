package org.upright.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** Where the Explorer's columns are in a sheet: found by their header, in any order. */
final class ExplorerColumns {
    static final String STATE_UNDER_REVIEW = "Recommendation";
    static final String TEXT = "Tekst";
    static final String RESPONSE = "Response";
    static final String RECOMMENDING_STATE = "Recommending state";
    static final String DOCUMENT = "Document";
    static final String GOALS = "Goals";
    static final String TARGETS = "Targets";
    static final String KEYWORDS = "Keywords";
    static final String YEAR = "field_year";
    /** Every column UPRight reads; Mechanism, Procedures, Treaties and Type are the same on every row and not read. */
    static final List<String> READ = List.of(GOALS, STATE_UNDER_REVIEW, TEXT, TARGETS, KEYWORDS, RESPONSE,
            RECOMMENDING_STATE, YEAR, DOCUMENT);

    private final Map<String, Integer> index;

    private ExplorerColumns(Map<String, Integer> index) {
        this.index = index;
    }

    /** The columns of the header row, or a failure naming every column that is missing. */
    static ExplorerColumns of(String fileName, Row header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            byName.putIfAbsent(header.getCellText(i).strip().toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : READ) {
            Integer at = byName.get(name.toLowerCase(Locale.ROOT));
            if (at == null) missing.add(name);
            else index.put(name, at);
        }
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": the sheet \"" + ExplorerParser.SHEET + "\" lacks the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (its header, row "
                    + header.getRowNum() + ", must name " + String.join(", ", READ) + "); is this an export of the"
                    + " DIHR SDG–Human Rights Data Explorer?");
        }
        return new ExplorerColumns(index);
    }

    ExplorerRow row(Row row) {
        return new ExplorerRow(row.getRowNum(), text(row, STATE_UNDER_REVIEW), text(row, TEXT), text(row, RESPONSE),
                text(row, RECOMMENDING_STATE), text(row, DOCUMENT), text(row, GOALS), targets(row), text(row, KEYWORDS),
                text(row, YEAR));
    }

    private String text(Row row, String column) {
        int at = index.get(column);
        return at < row.getCellCount() ? row.getCellText(at).strip() : "";
    }

    /**
     * A cell holding one target is often stored as a number (16.3), and 16.10 then reads 16.1 — the sheet
     * cannot tell them apart any more, so the number is read as the spreadsheet shows it.
     */
    private String targets(Row row) {
        int at = index.get(TARGETS);
        return row.getOptionalCell(at)
                .map(cell -> cell.getType() == CellType.NUMBER ? SdgCodes.targetFromNumber(cell.asNumber()) : cell.getText().strip())
                .orElse("");
    }
}
