package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet columns of every segment: for each {@link ColumnGroup}, the number of each document's combination,
 * read from the doc values once when a segment first appears and dropped when it is merged away. Reading an
 * int array is several times faster than stepping doc-values iterators, and counting reads every hit. Segments
 * never change, so a refresh reads only the new, small ones; deleted documents stay in the columns, the query
 * leaves them out before they are counted.
 */
final class FacetColumns {
    private static final ColumnGroup[] GROUPS = ColumnGroup.values();

    private final ValueDictionary[] dictionaries = new ValueDictionary[Facet.values().length];
    private final Combinations[] combinations = new Combinations[GROUPS.length];
    private final Map<Object, int[][]> bySegment = new ConcurrentHashMap<>();

    FacetColumns() {
        for (int i = 0; i < dictionaries.length; i++) dictionaries[i] = new ValueDictionary();
        for (int i = 0; i < combinations.length; i++) combinations[i] = new Combinations();
    }

    ValueDictionary dictionary(Facet facet) {
        return dictionaries[facet.ordinal()];
    }

    Combinations combinations(ColumnGroup group) {
        return combinations[group.ordinal()];
    }

    /** Reads the columns of every segment not read yet: after a refresh, before searches need them. */
    void warm(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) of(leaf);
    }

    /** The columns of a segment, indexed by {@link ColumnGroup#ordinal()}, then by document. */
    int[][] of(LeafReaderContext leaf) {
        return of(leaf.reader());
    }

    int[][] of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return read(reader);
        Object key = helper.getKey();
        int[][] columns = bySegment.get(key);
        if (columns != null) return columns;
        return bySegment.computeIfAbsent(key, k -> {
            helper.addClosedListener(bySegment::remove);
            return read(reader);
        });
    }

    private int[][] read(LeafReader reader) {
        int[][] columns = new int[GROUPS.length][];
        try {
            for (ColumnGroup group : GROUPS) columns[group.ordinal()] = read(reader, group);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facets of a search index segment", e);
        }
        return columns;
    }

    private int[] read(LeafReader reader, ColumnGroup group) throws IOException {
        int members = group.facets().size();
        SortedSetDocValues[] values = new SortedSetDocValues[members];
        int[][] valueIds = new int[members][];
        for (int m = 0; m < members; m++) {
            Facet facet = group.facets().get(m);
            values[m] = DocValues.getSortedSet(reader, IndexFields.of(facet));
            valueIds[m] = new int[Math.toIntExact(values[m].getValueCount())];
            for (int ord = 0; ord < valueIds[m].length; ord++) {
                valueIds[m][ord] = dictionary(facet).idOf(values[m].lookupOrd(ord).utf8ToString());
            }
        }
        Combinations known = combinations(group);
        int[] column = new int[reader.maxDoc()];
        // documents are stored by session, so neighbours mostly share a combination: compare ords, look up less
        int[][] ords = new int[members][8];
        int[][] previous = new int[members][8];
        int[] counts = new int[members];
        int[] previousCounts = new int[members];
        int previousId = -1;
        for (int doc = 0; doc < column.length; doc++) {
            boolean same = previousId >= 0;
            for (int m = 0; m < members; m++) {
                SortedSetDocValues dv = values[m];
                int n = dv.advanceExact(doc) ? dv.docValueCount() : 0;
                if (ords[m].length < n) ords[m] = new int[n];
                for (int i = 0; i < n; i++) ords[m][i] = (int) dv.nextOrd();
                counts[m] = n;
                same = same && n == previousCounts[m] && java.util.Arrays.equals(ords[m], 0, n, previous[m], 0, n);
            }
            if (!same) previousId = known.idOf(combination(ords, counts, valueIds));
            column[doc] = previousId;
            int[][] swap = previous;
            previous = ords;
            ords = swap;
            int[] swapCounts = previousCounts;
            previousCounts = counts;
            counts = swapCounts;
        }
        return column;
    }

    /** The value numbers of a document's ords, sorted, facet by facet. */
    private static int[][] combination(int[][] ords, int[] counts, int[][] valueIds) {
        int[][] combination = new int[ords.length][];
        for (int m = 0; m < ords.length; m++) {
            int[] ids = new int[counts[m]];
            for (int i = 0; i < ids.length; i++) ids[i] = valueIds[m][ords[m][i]];
            java.util.Arrays.sort(ids);
            combination[m] = ids;
        }
        return combination;
    }

    /** The size of every dictionary and combination set now: count arrays this long hold every searcher's values. */
    Sizes sizes() {
        int[] values = new int[dictionaries.length];
        for (int i = 0; i < values.length; i++) values[i] = dictionaries[i].size();
        int[] groups = new int[combinations.length];
        for (int i = 0; i < groups.length; i++) groups[i] = combinations[i].size();
        return new Sizes(values, groups);
    }

    record Sizes(int[] values, int[] combinations) {
    }
}
