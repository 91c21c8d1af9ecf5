package org.upright.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.upright.common.ChangeEvents;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.review.ReviewService;
import org.upright.state.StateDirectory;

/**
 * Full-text and faceted search over recommendations and pledges (Lucene). The index is derived data in
 * {@code <data-dir>/index}: missing, corrupt or built by an older version, it is rebuilt on open; it follows
 * {@link org.upright.recommendation.RecommendationsChanged} events so a change is searchable within a second.
 * Only plain records leave this package.
 */
public final class SearchService implements AutoCloseable {

    /** Opens (and when needed rebuilds, reporting progress) the index in the folder, and starts following changes. */
    public static SearchService open(Path indexDir, RecommendationService recommendations, ReviewService reviews,
                                     StateDirectory states, ChangeEvents events, IndexProgress progress) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Runs a search; a query with errors is repaired where it can be (see {@link SearchResult#notices()}). */
    public SearchResult search(SearchRequest request) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every match of the request (ignoring its page and size), in its order: for exports of any size. */
    public void forEachMatch(SearchRequest request, Consumer<RecommendationId> each) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Recommendations most like the one given, to any state, best first; the given one left out. */
    public List<SearchHit> moreLikeThis(RecommendationId id, int count) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Autocomplete for the query box: state names (→ sur:CODE / rs:CODE) and issues (→ issue:"…") by prefix. */
    public List<Suggestion> suggest(String prefix, int count) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Rebuilds the whole index from the record (`upright reindex`). */
    public void rebuild(IndexProgress progress) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Number of documents in the index. */
    public long indexed() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Waits until every change announced so far is searchable (tests, the CLI after an import). */
    public void awaitChanges() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
    }
}
