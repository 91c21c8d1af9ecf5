package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match of a query by pairs of combinations (see {@link ColumnGroup}): one addition per match, then the
 * pairs are spread over the two facets' values once at the end, as the facet counts are. Documents are stored by
 * session, so neighbours mostly share a pair and the last one is kept at hand.
 */
final class CrossCounting {
    private final FacetColumns columns;

    CrossCounting(FacetColumns columns) {
        this.columns = columns;
    }

    CrossTable count(IndexSearcher searcher, Query query, Facet rows, Facet cols, List<String> notices) throws IOException {
        columns.warm(searcher.getIndexReader());
        int rowGroup = ColumnGroup.of(rows).ordinal();
        int colGroup = ColumnGroup.of(cols).ordinal();
        Map<Long, int[]> pairs = searcher.search(query, new CollectorManager<PairCollector, Map<Long, int[]>>() {
            @Override
            public PairCollector newCollector() {
                return new PairCollector(rowGroup, colGroup);
            }

            @Override
            public Map<Long, int[]> reduce(Collection<PairCollector> collectors) {
                Map<Long, int[]> all = new HashMap<>();
                for (PairCollector c : collectors) c.pairs.forEach((k, v) -> all.computeIfAbsent(k, x -> new int[1])[0] += v[0]);
                return all;
            }
        });
        return spread(pairs, rows, cols, notices);
    }

    private CrossTable spread(Map<Long, int[]> pairs, Facet rows, Facet cols, List<String> notices) {
        Combinations rowKnown = columns.combinations(ColumnGroup.of(rows));
        Combinations colKnown = columns.combinations(ColumnGroup.of(cols));
        int rowMember = ColumnGroup.of(rows).member(rows);
        int colMember = ColumnGroup.of(cols).member(cols);
        ValueDictionary rowValues = columns.dictionary(rows);
        ValueDictionary colValues = columns.dictionary(cols);
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<String, Long>> cells = new HashMap<>();
        long total = 0;
        long without = 0;
        for (Map.Entry<Long, int[]> pair : pairs.entrySet()) {
            int n = pair.getValue()[0];
            int[] rowIds = rowKnown.values((int) (pair.getKey() >>> 32), rowMember);
            int[] colIds = colKnown.values((int) (long) pair.getKey(), colMember);
            total += n;
            if (rowIds.length == 0) without += n;
            for (int r : rowIds) {
                String row = rowValues.value(r);
                totals.computeIfAbsent(row, k -> new long[1])[0] += n;
                Map<String, Long> byColumn = cells.computeIfAbsent(row, k -> new HashMap<>());
                if (colIds.length == 0) byColumn.merge(CrossTable.NONE, (long) n, Long::sum);
                for (int c : colIds) byColumn.merge(colValues.value(c), (long) n, Long::sum);
            }
        }
        List<CrossTable.Row> list = new ArrayList<>();
        for (Map.Entry<String, long[]> t : totals.entrySet()) {
            list.add(new CrossTable.Row(t.getKey(), t.getValue()[0], sorted(cells.get(t.getKey()))));
        }
        list.sort(Comparator.comparing(CrossTable.Row::value, FacetedSearch::natural));
        return new CrossTable(rows, cols, total, List.copyOf(list), without, List.copyOf(notices));
    }

    private static Map<String, Long> sorted(Map<String, Long> cells) {
        Map<String, Long> out = new LinkedHashMap<>();
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey(FacetedSearch::natural))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Counts one slice's matches by (row combination, column combination). */
    private final class PairCollector implements Collector {
        final Map<Long, int[]> pairs = new HashMap<>();
        private final int rowGroup;
        private final int colGroup;

        PairCollector(int rowGroup, int colGroup) {
            this.rowGroup = rowGroup;
            this.colGroup = colGroup;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int[][] segment = columns.of(context);
            int[] rowColumn = segment[rowGroup];
            int[] colColumn = segment[colGroup];
            return new LeafCollector() {
                private long lastKey = -1;
                private int[] last;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    long key = ((long) rowColumn[doc] << 32) | (colColumn[doc] & 0xffffffffL);
                    if (key != lastKey) {
                        last = pairs.computeIfAbsent(key, k -> new int[1]);
                        lastKey = key;
                    }
                    last[0]++;
                }
            };
        }
    }
}
