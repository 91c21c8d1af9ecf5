package org.upright.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

/**
 * Recommendations a research project parsed out of the Working Group reports of 2008–2014: header
 * {@code text,to,decision,from,year} (2008–2014 files add a "notes" column that their rows mostly lack). One row
 * per recommendation × recommending state, so rows with the same paragraph, text, state under review and year
 * are one recommendation. The text still starts with the report's paragraph number and ends with the states in
 * brackets ("96.1.2 Ratify … (France);"); {@code decision} is the position printed in the report, not the final
 * response. The files are dirty: MacRoman, partly double-encoded, states spelt many ways.
 */
public final class UnReportsCsvParser implements SourceParser {
    static final List<String> HEADER = List.of("text", "to", "decision", "from", "year");

    /** Reading of one file: the result, and how many rows went into its recommendations (for the accounting). */
    record Reading(ParseResult result, int rowsInItems) {
    }

    @Override
    public Format format() {
        return Format.UN_REPORTS_CSV;
    }

    /** True when the first line is this format's header, in any case, with or without the "notes" column. */
    static boolean recognises(String firstLine) {
        List<String> fields = CsvReader.readAll(firstLine).get(0).fields().stream()
                .map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        return fields.size() >= HEADER.size() && fields.subList(0, HEADER.size()).equals(HEADER)
                && (fields.size() == HEADER.size() || fields.size() == HEADER.size() + 1 && fields.get(5).equals("notes"));
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        return read(file, states).result();
    }

    Reading read(SourceFile file, StateDirectory states) {
        List<CsvReader.Row> rows = CsvReader.readAll(TextDecoding.decode(file.bytes()));
        int headerAt = 0;
        while (headerAt < rows.size() && rows.get(headerAt).isBlank()) headerAt++;
        if (headerAt == rows.size() || !recognises(String.join(",", rows.get(headerAt).fields()))) {
            throw new ImportException(file.name() + ": the first line is not the header " + String.join(",", HEADER)
                    + " (optionally followed by notes); is this a file of recommendations parsed from UN reports?");
        }
        UnReportsRow.Reader reader = new UnReportsRow.Reader(states, new ClusteredRecommendations(states));
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<Reject> rejects = new ArrayList<>();
        int rowsRead = 0;
        int rowsInItems = 0;
        for (CsvReader.Row row : rows.subList(headerAt + 1, rows.size())) {
            if (row.isBlank()) continue;
            rowsRead++;
            UnReportsRow parsed;
            try {
                parsed = reader.read(row);
            } catch (UnReportsRow.Problem problem) {
                rejects.add(new Reject(file.name(), row.line(), problem.getMessage()));
                continue;
            }
            rowsInItems++;
            Builder b = byKey.computeIfAbsent(parsed.key(), k -> new Builder(row.line(), parsed));
            b.states.addAll(parsed.recommendingStates());
            if (b.response == null) b.response = parsed.response();
        }
        List<ParsedRecommendation> items = byKey.values().stream().map(Builder::build).toList();
        return new Reading(new ParseResult(items, rejects, rowsRead), rowsInItems);
    }

    private static final class Builder {
        final int line;
        final UnReportsRow first;
        final Set<StateCode> states = new LinkedHashSet<>();
        Response response;

        Builder(int line, UnReportsRow first) {
            this.line = line;
            this.first = first;
        }

        ParsedRecommendation build() {
            return new ParsedRecommendation(line, first.stateUnderReview(), null, first.year(), first.paragraph(),
                    first.text(), List.copyOf(states), response, false, false, null, List.of(), null);
        }
    }
}
