package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/** One search over one searcher: the top hits in order, the total, and every facet's counts. */
final class FacetedSearch {
    private static final SortField SESSION_NEWEST = new SortField(IndexFields.ORDER_SESSION, SortField.Type.LONG, true);
    private static final SortField STATE_NAME = new SortField(IndexFields.ORDER_STATE, SortField.Type.STRING);
    /** Last in every order: equal hits keep one stable order, and exports read the id from the sort values. */
    private static final SortField ID = new SortField(IndexFields.ID, SortField.Type.LONG);

    record Outcome(TopFieldDocs top, long total, Map<Facet, List<FacetValue>> facets) {
    }

    private final FacetColumns columns;

    FacetedSearch(FacetColumns columns) {
        this.columns = columns;
    }

    /**
     * The order documents are stored in: newest session first. A page of hits in this order is found after
     * reading a page of documents, so an empty query or one of fields only costs little beyond the counting.
     */
    static final Sort INDEX_ORDER = new Sort(SESSION_NEWEST, STATE_NAME, ID);

    static Sort sort(SearchSort sort, boolean matchesEverything) {
        return switch (matchesEverything && sort == SearchSort.RELEVANCE ? SearchSort.SESSION : sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, SESSION_NEWEST, ID);
            case SESSION -> INDEX_ORDER;
            case STATE -> new Sort(STATE_NAME, SESSION_NEWEST, ID);
        };
    }

    /**
     * Ranked by score, the best page is found first with Lucene's skipping of documents that cannot make it
     * (block-max WAND), then every match is counted in a second pass that computes no scores; in any other
     * order one pass does both, and the page fills from the start of the index-sorted segments.
     */
    Outcome run(IndexSearcher searcher, Query query, FacetFilters filters, Sort sort, int topN) throws IOException {
        columns.warm(searcher.getIndexReader());
        FacetColumns.Sizes sizes = columns.sizes();
        List<FacetFilters.Accepting> accepting = filters.accepting(columns);
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, Math.max(1, topN), null, Math.max(1, topN));
        if (sort.getSort()[0].getType() != SortField.Type.SCORE) {
            return searcher.search(query, counting(top, accepting, sizes, filters));
        }
        Query filtered = filters.isEmpty() ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(filters.asQuery(), Occur.FILTER).build();
        TopFieldDocs best = searcher.search(filtered, top);
        Outcome counted = searcher.search(query, counting(null, accepting, sizes, filters));
        return new Outcome(best, counted.total(), counted.facets());
    }

    /** Counts every match; passes them to the page's collector too, when there is one. */
    private CollectorManager<FacetingCollector, Outcome> counting(TopFieldCollectorManager top, List<FacetFilters.Accepting> accepting,
                                                                  FacetColumns.Sizes sizes, FacetFilters filters) {
        return new CollectorManager<>() {
            @Override
            public FacetingCollector newCollector() throws IOException {
                return new FacetingCollector(top == null ? null : top.newCollector(), columns, accepting, sizes);
            }

            @Override
            public Outcome reduce(Collection<FacetingCollector> collectors) throws IOException {
                List<TopFieldCollector> hits = new ArrayList<>();
                FacetingCollector first = null;
                for (FacetingCollector c : collectors) {
                    if (c.hits() != null) hits.add((TopFieldCollector) c.hits());
                    if (first == null) first = c;
                    else first.add(c);
                }
                return new Outcome(top == null ? null : top.reduce(hits), first.total, facets(first, accepting, sizes, filters));
            }
        };
    }

    /** Spreads the combinations' counts over their values, facet by facet. */
    private Map<Facet, List<FacetValue>> facets(FacetingCollector counted, List<FacetFilters.Accepting> accepting,
                                                FacetColumns.Sizes sizes, FacetFilters filters) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            ColumnGroup group = ColumnGroup.of(facet);
            int member = group.member(facet);
            Combinations known = columns.combinations(group);
            int[] counts = new int[sizes.values()[facet.ordinal()]];
            spread(counted.counts[group.ordinal()], known, member, counts);
            for (int i = 0; i < accepting.size(); i++) {
                if (accepting.get(i).facet() == facet) spread(counted.sideways[i], known, member, counts);
            }
            facets.put(facet, values(facet, counts, filters.selected(facet)));
        }
        return java.util.Collections.unmodifiableMap(facets);
    }

    private static void spread(int[] byCombination, Combinations known, int member, int[] counts) {
        for (int c = 0; c < byCombination.length; c++) {
            int n = byCombination[c];
            if (n != 0) for (int v : known.values(c, member)) counts[v] += n;
        }
    }

    /** The values that count or are selected, most frequent first, then in their natural order. */
    private List<FacetValue> values(Facet facet, int[] counts, Set<String> selected) {
        ValueDictionary dictionary = columns.dictionary(facet);
        List<FacetValue> values = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            String value = dictionary.value(id);
            if (counts[id] > 0 || selected.contains(value)) values.add(new FacetValue(value, counts[id], selected.contains(value)));
        }
        for (String s : selected) {
            int id = dictionary.find(s);
            if (id < 0 || id >= counts.length) values.add(new FacetValue(s, 0, true));
        }
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value, FacetedSearch::natural));
        return List.copyOf(values);
    }

    /** Numbers by value (session 9 before 10), words alphabetically. */
    static int natural(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() != b.length()) return Integer.compare(a.length(), b.length());
        return a.compareToIgnoreCase(b);
    }
}
