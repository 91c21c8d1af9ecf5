package org.upright.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facets (and, when given the page's collector, passes hits on) in one pass over every document the
 * query matches, with the facet filters applied here rather than in the query: a document that passes every filter is a hit and counts for every
 * facet; one that fails exactly one filter counts only for that filter's facet ("drill sideways"), so a
 * facet's counts are those of the query and the other facets' filters, and ticking a second value of a facet
 * shows what it would add. A document failing two filters counts nowhere. Counting is by combination (see
 * {@link ColumnGroup}); whether a combination passes each filter is worked out once per search, as a bit mask.
 */
final class FacetingCollector implements Collector {
    private static final int GROUPS = ColumnGroup.values().length;

    /** Where hits go besides being counted; null when the page was found in a pass of its own. */
    private final Collector hits;
    private final FacetColumns columns;
    /** Per group, per combination: the bits of the filters it fails; null for groups without filters. */
    private final int[][] fails;
    /** Per filter, its group. */
    private final int[] filterGroup;
    /** Per group, per combination: documents passing every filter. */
    final int[][] counts;
    /** Per filter, per combination of its group: documents failing that filter only. */
    final int[][] sideways;
    long total;

    FacetingCollector(Collector hits, FacetColumns columns, List<FacetFilters.Accepting> filters, FacetColumns.Sizes sizes) {
        this.hits = hits;
        this.columns = columns;
        this.fails = new int[GROUPS][];
        this.filterGroup = new int[filters.size()];
        this.counts = new int[GROUPS][];
        this.sideways = new int[filters.size()][];
        for (int g = 0; g < GROUPS; g++) counts[g] = new int[sizes.combinations()[g]];
        for (int i = 0; i < filters.size(); i++) {
            FacetFilters.Accepting filter = filters.get(i);
            ColumnGroup group = ColumnGroup.of(filter.facet());
            int g = group.ordinal();
            filterGroup[i] = g;
            sideways[i] = new int[counts[g].length];
            if (fails[g] == null) fails[g] = new int[counts[g].length];
            Combinations known = columns.combinations(group);
            int member = group.member(filter.facet());
            for (int c = 0; c < counts[g].length; c++) {
                if (!filter.acceptsAny(known.values(c, member))) fails[g][c] |= 1 << i;
            }
        }
    }

    Collector hits() {
        return hits;
    }

    /** Adds another slice's counts to these (searches over several slices). */
    void add(FacetingCollector other) {
        total += other.total;
        for (int g = 0; g < counts.length; g++) for (int c = 0; c < counts[g].length; c++) counts[g][c] += other.counts[g][c];
        for (int i = 0; i < sideways.length; i++) for (int c = 0; c < sideways[i].length; c++) sideways[i][c] += other.sideways[i][c];
    }

    @Override
    public ScoreMode scoreMode() {
        // every match must be seen to be counted: no skipping of non-competitive documents
        return hits != null && hits.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int[][] segment = columns.of(context);
        // by ColumnGroup ordinal: four plain arrays, so the loop below needs no indirection when nothing is filtered
        int[] review = segment[0];
        int[] answer = segment[1];
        int[] recommending = segment[2];
        int[] labels = segment[3];
        int[] c0 = counts[0];
        int[] c1 = counts[1];
        int[] c2 = counts[2];
        int[] c3 = counts[3];
        boolean filtered = sideways.length > 0;
        LeafCollector leafHits = hits == null ? null : hits.getLeafCollector(context);
        return new LeafCollector() {
            private boolean hitsDone = leafHits == null;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (leafHits == null) return;
                // the hits collector may raise a minimum score to skip documents; every one must still be counted
                leafHits.setScorer(new FilterScorable(scorer) {
                    @Override
                    public void setMinCompetitiveScore(float minScore) {
                    }
                });
            }

            @Override
            public void collect(int doc) throws IOException {
                if (filtered) {
                    int failed = 0;
                    for (int g = 0; g < GROUPS; g++) if (fails[g] != null) failed |= fails[g][segment[g][doc]];
                    if (failed != 0) {
                        if ((failed & (failed - 1)) == 0) {
                            int i = Integer.numberOfTrailingZeros(failed);
                            sideways[i][segment[filterGroup[i]][doc]]++;
                        }
                        return;
                    }
                }
                total++;
                c0[review[doc]]++;
                c1[answer[doc]]++;
                c2[recommending[doc]]++;
                c3[labels[doc]]++;
                if (hitsDone) return;
                try {
                    leafHits.collect(doc);
                } catch (CollectionTerminatedException e) {
                    hitsDone = true; // the page is full in this index-sorted segment; counting goes on
                }
            }

            @Override
            public void finish() throws IOException {
                if (leafHits != null) leafHits.finish();
            }
        };
    }
}
