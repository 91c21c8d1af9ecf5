package org.upright.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.upright.i18n.Ui;

/**
 * What the first row of a CSV or XLSX file says: the column codes scripts read ({@code state_under_review}), or
 * the column names in the reader's language for people opening the file in a spreadsheet. JSON keeps its codes.
 */
public enum ExportHeader {
    CODES, LABELS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportHeader> byId(String id) {
        if (id == null) return Optional.empty();
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (ExportHeader h : values()) if (h.id().equals(wanted)) return Optional.of(h);
        return Optional.empty();
    }

    /** The header row, in the language set on this thread when labels. */
    List<String> row() {
        return this == CODES ? ExportRow.COLUMNS : ExportRow.COLUMNS.stream().map(c -> Ui.text("export.column." + c)).toList();
    }
}
