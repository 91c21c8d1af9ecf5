package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.upright.state.StateDirectory;

/**
 * Reads an OHCHR "Thematic list of recommendations" as OHCHR publishes it: a Word table with the columns
 * Recommendation, Position, Full list of themes and Assessment; one-cell "Theme: …" rows group the entries,
 * and the page header names the state under review and the session.
 *
 * <p>A Word file has no lines, so {@link ParsedRecommendation#line()} and {@link Reject#line()} are the 1-based
 * row of the table, counting its column-header row as row 1 (and counting on through a second list table, if
 * a document is ever split into several).
 */
public final class ThematicListDocxParser implements SourceParser {

    private static final String RECOMMENDATION_COLUMN = "recommendation";

    @Override
    public Format format() {
        return Format.OHCHR_THEMATIC_DOCX;
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        WordDocument document = WordDocument.read(file);
        List<WordDocument.Table> lists = document.tables().stream().filter(t -> recommendationColumn(t) >= 0).toList();
        if (lists.isEmpty()) {
            throw new ImportException(file.name() + ": no table with a \"Recommendation\" column was found. An "
                    + "OHCHR thematic list is a Word table with the columns Recommendation, Position and Full list "
                    + "of themes; is this a thematic list?");
        }
        ThematicEntryReader reader = ThematicEntryReader.forTitle(file, document.titleText(), states);
        String heading = null;
        int rowNumber = 0;
        for (WordDocument.Table table : lists) {
            List<Integer> columns = entryColumns(table.rows().get(0));
            rowNumber++; // the column-header row
            for (WordDocument.Row row : table.rows().subList(1, table.rows().size())) {
                rowNumber++;
                List<String> lines = lines(row, columns);
                if (lines.isEmpty()) continue;
                Optional<String> theme = ThematicEntryReader.heading(lines.get(0));
                if (theme.isPresent()) {
                    heading = theme.get();
                } else {
                    reader.read(rowNumber, heading, lines);
                }
            }
        }
        return reader.result();
    }

    /** The index of the "Recommendation" header cell in the table's first row, or -1. */
    private static int recommendationColumn(WordDocument.Table table) {
        if (table.rows().isEmpty()) return -1;
        List<WordDocument.Cell> header = table.rows().get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            if (headerText(header.get(i)).equals(RECOMMENDATION_COLUMN)) return i;
        }
        return -1;
    }

    /**
     * The columns an entry is read from, in the order the entry reader expects: Recommendation, Position,
     * themes. The Assessment column is left out: it is the reader's own notes, empty in OHCHR's files.
     */
    private static List<Integer> entryColumns(WordDocument.Row header) {
        int recommendation = -1;
        int position = -1;
        int themes = -1;
        for (int i = 0; i < header.cells().size(); i++) {
            String text = headerText(header.cells().get(i));
            if (text.equals(RECOMMENDATION_COLUMN)) recommendation = i;
            else if (text.startsWith("position")) position = i;
            else if (text.contains("theme")) themes = i;
        }
        return List.of(recommendation, position < 0 ? recommendation + 1 : position,
                themes < 0 ? recommendation + 2 : themes);
    }

    private static String headerText(WordDocument.Cell cell) {
        return String.join(" ", cell.lines()).strip().toLowerCase(Locale.ROOT);
    }

    /** The row's non-blank lines from those columns; a one-cell "Theme: …" row is read from its one cell. */
    private static List<String> lines(WordDocument.Row row, List<Integer> columns) {
        List<String> lines = new ArrayList<>();
        List<WordDocument.Cell> cells = row.cells();
        if (cells.size() == 1) {
            lines.addAll(cells.get(0).lines());
        } else {
            for (int column : columns) if (column < cells.size()) lines.addAll(cells.get(column).lines());
        }
        lines.replaceAll(String::strip);
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
