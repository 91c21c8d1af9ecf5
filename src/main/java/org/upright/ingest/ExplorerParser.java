package org.upright.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.Response;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * The Danish Institute for Human Rights' SDG–Human Rights Data Explorer export: sheet "Explorer", one row per
 * recommendation × recommending state, each with its SDG goals and targets, groups of persons glued together
 * ("Women and girlsChildren"), the final response, and the Working Group report and paragraph it comes from.
 * Rows are read as a stream and grouped report by report (the export lists a report's rows together), so a
 * sheet of a million rows is read in bounded memory. The session is not given: the report symbol and the year
 * let the writer find the review (see {@link RecordWriter}).
 */
public final class ExplorerParser implements SourceParser {
    static final String SHEET = "Explorer";
    /** A report with more rows than this is written in parts: grouping then holds at most this many rows. */
    private static final int MOST_ROWS_HELD = 20_000;

    @Override
    public Format format() {
        return Format.DIHR_SDG_EXPLORER;
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        List<ParsedRecommendation> items = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int rows = read(file, states, new Sink() {
            @Override
            public void item(ParsedRecommendation item) {
                items.add(item);
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }
        });
        return new ParseResult(items, rejects, rows);
    }

    @Override
    public int read(SourceFile file, StateDirectory states, Sink sink) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = workbook.findSheet(SHEET).orElseThrow(() -> new ImportException(file.name()
                    + ": an Excel workbook without a sheet named \"" + SHEET + "\" (its sheets: "
                    + String.join(", ", workbook.getSheets().map(Sheet::getName).toList())
                    + "); UPRight reads spreadsheets exported from the DIHR SDG–Human Rights Data Explorer"));
            try (Stream<Row> rows = sheet.openStream()) {
                return read(file.name(), rows.iterator(), states, sink);
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new ImportException(file.name() + ": the workbook cannot be read (" + e.getMessage()
                    + "); it may be damaged or incomplete: open it in a spreadsheet program, save it again as .xlsx"
                    + " and import that; nothing of it was imported");
        }
    }

    private int read(String fileName, Iterator<Row> rows, StateDirectory states, Sink sink) {
        ExplorerColumns columns = null;
        Report report = null;
        int rowsRead = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (isBlank(row)) continue;
            if (columns == null) {
                columns = ExplorerColumns.of(fileName, row);
                continue;
            }
            rowsRead++;
            ExplorerRow r = columns.row(row);
            String problem = r.problem(states);
            if (problem != null) {
                sink.reject(new Reject(fileName, r.line(), problem));
                continue;
            }
            if (report == null || !report.symbol.equals(r.citation().symbol()) || report.size() >= MOST_ROWS_HELD) {
                if (report != null) report.emit(sink);
                report = new Report(r.citation().symbol());
            }
            report.add(r, states);
        }
        if (columns == null) {
            throw new ImportException(fileName + ": the sheet \"" + SHEET + "\" is empty: no header row and no"
                    + " recommendations; export the Explorer's data again");
        }
        if (report != null) report.emit(sink);
        if (rowsRead == 0) {
            throw new NoRecommendationsException(fileName + ": the sheet \"" + SHEET + "\" has its header but no rows;"
                    + " nothing to import");
        }
        return rowsRead;
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!row.getCellText(i).isBlank()) return false;
        }
        return true;
    }

    /** The rows of one report: a recommendation made by several states is several rows with the same text. */
    private static final class Report {
        final String symbol;
        final Map<String, Builder> byText = new LinkedHashMap<>();
        int rows;

        Report(String symbol) {
            this.symbol = symbol;
        }

        int size() {
            return rows;
        }

        void add(ExplorerRow r, StateDirectory states) {
            rows++;
            StateCode sur = states.resolve(r.stateUnderReview()).orElseThrow().code();
            String key = sur + "|" + Texts.matchKey(r.text());
            Builder b = byText.computeIfAbsent(key, k -> new Builder(r, sur));
            r.recommendingState().flatMap(states::resolve).map(State::code).ifPresent(b.states::add);
            b.labels.addAll(r.labels());
            if (b.response == null) b.response = r.response();
        }

        /**
         * A paragraph number the export gives to two different texts of one report says nothing about either, and
         * is left out. The others are kept but marked unreliable: the export's numbers often stray from the
         * report's (Albania 2014: its 137.228 is the report's 106.21), so matching goes by text.
         */
        void emit(Sink sink) {
            Map<String, Integer> textsPerParagraph = new LinkedHashMap<>();
            for (Builder b : byText.values()) {
                if (b.paragraph != null) textsPerParagraph.merge(b.paragraph, 1, Integer::sum);
            }
            for (Builder b : byText.values()) {
                boolean shared = b.paragraph != null && textsPerParagraph.get(b.paragraph) > 1;
                sink.item(b.build(shared ? null : b.paragraph));
            }
        }
    }

    private static final class Builder {
        final int line;
        final StateCode sur;
        final Integer year;
        final String paragraph;
        final String text;
        final String symbol;
        final Set<StateCode> states = new LinkedHashSet<>();
        final Set<Label> labels = new LinkedHashSet<>();
        Response response;

        Builder(ExplorerRow r, StateCode sur) {
            this.line = r.line();
            this.sur = sur;
            this.year = r.year().orElse(null);
            this.paragraph = r.citation().paragraph();
            this.text = r.text();
            this.symbol = r.citation().symbol();
        }

        ParsedRecommendation build(String paragraphKept) {
            return new ParsedRecommendation(line, sur, null, year, paragraphKept, text, List.copyOf(states), response,
                    response != null, false, null, List.copyOf(labels), symbol, false);
        }
    }
}
