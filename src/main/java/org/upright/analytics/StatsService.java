package org.upright.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.i18n.Ui;
import org.upright.recommendation.Response;
import org.upright.search.CrossTable;
import org.upright.search.Facet;
import org.upright.search.SearchException;
import org.upright.search.SearchRequest;
import org.upright.search.SearchService;
import org.upright.state.StateLookup;

/**
 * Statistics of the record: the matches of any search counted by one dimension and across by another, with the
 * counts search itself gives (one counting, over the search index). Tables are limited so a page or an answer
 * stays small; the CSV download holds every row.
 */
public final class StatsService {
    /** Rows a table shows at most; more are left out with a note (the CSV holds them all). */
    public static final int MAX_ROWS = 200;
    /** Columns a cross table shows at most; the rest are added up in an "Other" column. */
    public static final int MAX_COLUMNS = 12;
    static final String OTHER = "Other";
    /** Dimensions whose values have an order of their own (time, scale): rows keep it instead of largest first. */
    private static final Set<Facet> ORDERED = Set.of(Facet.CYCLE, Facet.SESSION, Facet.YEAR, Facet.CATEGORY);
    /** Dimensions of which one recommendation may hold several values. */
    private static final Set<Facet> MULTIPLE = Set.of(Facet.RS, Facet.RS_GROUP, Facet.ISSUE, Facet.THEME, Facet.GROUP,
            Facet.SDG, Facet.TARGET);

    private final SearchService search;
    private final StatsLabels labels;
    private final StateLookup states;

    public StatsService(SearchService search, StateLookup states) {
        this.search = search;
        this.labels = new StatsLabels(states);
        this.states = states;
    }

    /** Who recommends to whom among the search's matches: the heaviest {@link Network#MAX_EDGES} pairs of states. */
    public Network network(SearchRequest request) {
        return network(request, Network.MAX_EDGES);
    }

    /** The network with at most this many pairs (Integer.MAX_VALUE for all of them: downloads). */
    public Network network(SearchRequest request, int maxEdges) {
        try {
            return Network.of(search.crossTable(request, Facet.RS, Facet.SUR), states, maxEdges);
        } catch (SearchException e) {
            throw new StatsException(e.getMessage());
        }
    }

    /** The table, limited to {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns. */
    public StatsTable table(StatsQuery query) {
        return table(query, MAX_ROWS);
    }

    /** The table with at most this many rows (Integer.MAX_VALUE for all of them: downloads). */
    public StatsTable table(StatsQuery query, int maxRows) {
        CrossTable cross;
        try {
            cross = search.crossTable(query.search(), query.by(), query.then());
        } catch (SearchException e) {
            throw new StatsException(e.getMessage());
        }
        List<StatsTable.Column> columns = columns(query.then(), cross);
        boolean folded = columns.size() > MAX_COLUMNS;
        List<StatsTable.Column> shown = folded ? new ArrayList<>(columns.subList(0, MAX_COLUMNS - 1)) : columns;
        if (folded) shown.add(new StatsTable.Column(OTHER, OTHER));
        List<CrossTable.Row> ordered = new ArrayList<>(cross.rows());
        if (!ORDERED.contains(query.by())) ordered.sort(Comparator.comparingLong(CrossTable.Row::total).reversed());
        List<StatsTable.Row> rows = new ArrayList<>();
        for (CrossTable.Row r : ordered.subList(0, Math.min(maxRows, ordered.size()))) {
            rows.add(new StatsTable.Row(r.value(), labels.of(query.by(), r.value()), r.total(),
                    cross.total() == 0 ? 0 : (double) r.total() / cross.total(), counts(r, shown, folded)));
        }
        int hiddenRows = ordered.size() - rows.size();
        int hiddenColumns = folded ? columns.size() - (MAX_COLUMNS - 1) : 0;
        return new StatsTable(query.by(), query.then(), cross.total(), List.copyOf(shown), List.copyOf(rows), cross.without(),
                hiddenRows, hiddenColumns, notes(query, cross, hiddenRows, hiddenColumns));
    }

    /** The response's columns are always the same four; other dimensions' in their order or largest first. */
    private List<StatsTable.Column> columns(Facet then, CrossTable cross) {
        List<String> values = new ArrayList<>();
        if (then == Facet.RESPONSE) {
            for (Response r : Response.values()) values.add(r.label());
            values.add(CrossTable.NONE);
        } else {
            Map<String, Long> totals = new HashMap<>();
            for (CrossTable.Row r : cross.rows()) r.cells().forEach((k, v) -> totals.merge(k, v, Long::sum));
            values.addAll(totals.keySet());
            if (ORDERED.contains(then)) values.sort(Comparator.comparing((String v) -> v.isEmpty()).thenComparing(StatsService::natural));
            else values.sort(Comparator.comparing((String v) -> totals.get(v)).reversed());
        }
        return values.stream().map(v -> new StatsTable.Column(v, labels.of(then, v))).toList();
    }

    private static List<Long> counts(CrossTable.Row row, List<StatsTable.Column> shown, boolean folded) {
        List<Long> counts = new ArrayList<>();
        Map<String, Long> rest = new LinkedHashMap<>(row.cells());
        for (int i = 0; i < shown.size(); i++) {
            if (folded && i == shown.size() - 1) {
                counts.add(rest.values().stream().mapToLong(Long::longValue).sum());
            } else {
                Long n = rest.remove(shown.get(i).value());
                counts.add(n == null ? 0L : n);
            }
        }
        return List.copyOf(counts);
    }

    private static List<String> notes(StatsQuery query, CrossTable cross, int hiddenRows, int hiddenColumns) {
        List<String> notes = new ArrayList<>(cross.notices());
        if (hiddenRows > 0) {
            notes.add(Ui.text("stats.note.rows_hidden", Ui.number(cross.rows().size() - hiddenRows), Ui.number(hiddenRows)));
        }
        if (hiddenColumns > 0) {
            notes.add(Ui.text("stats.note.columns_folded", Ui.number(hiddenColumns), StatsLabels.noun(query.then())));
        }
        if (MULTIPLE.contains(query.by())) {
            notes.add(Ui.text("stats.note.multiple", StatsLabels.noun(query.by())));
        }
        if (cross.without() > 0) {
            notes.add(Ui.text("stats.note.without", Ui.number(cross.without()), Ui.number(cross.total()), StatsLabels.noun(query.by())));
        }
        return List.copyOf(notes);
    }

    /** Numbers by value (session 9 before 10), words alphabetically. */
    static int natural(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb) return Long.compare(Long.parseLong(a), Long.parseLong(b));
        return a.compareToIgnoreCase(b);
    }
}
