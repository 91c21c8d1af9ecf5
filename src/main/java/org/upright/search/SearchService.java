package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.upright.common.ChangeEvents;
import org.upright.common.ChangeLogRead;
import org.upright.common.StateCode;
import org.upright.common.ChangeLogWindow;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.state.StateDirectory;

/**
 * Full-text and faceted search over recommendations and pledges (Lucene). The index is derived data in
 * {@code <data-dir>/index}: missing, corrupt or built by an older version, it is rebuilt on open; it follows
 * {@link org.upright.recommendation.RecommendationsChanged} events so a change is searchable within a second.
 * Only plain records leave this package.
 */
public final class SearchService implements AutoCloseable {
    /** Exports page through the matches this many at a time. */
    private static final int EXPORT_BATCH = 10_000;
    /** A few hundred small tables: enough for every chart, lobbying ranking and brief readers ask between imports. */
    private static final int CROSS_TABLES_KEPT = 512;

    private final SearchIndex index;
    private final IndexUpdater updater;
    private final FacetColumns columns;
    private final EnglishAnalysis analysis = new EnglishAnalysis();
    private final FacetValues values;
    private final QueryLanguage language;
    private final LuceneQueries queries = new LuceneQueries(analysis);
    private final FacetedSearch faceted;
    private final CrossCounting crossCounting;
    private final KeptCrossTables crossTables;
    private final DidYouMean didYouMean = new DidYouMean(queries);
    private final Autocomplete autocomplete;
    private final SimilarRecommendations similar = new SimilarRecommendations(analysis);
    private boolean closed;

    private SearchService(SearchIndex index, FacetColumns columns, StateDirectory states) {
        this.index = index;
        this.columns = columns;
        this.values = new FacetValues(states, columns);
        this.language = new QueryLanguage(new QueryLeaves(analysis, values));
        this.faceted = new FacetedSearch(columns);
        this.crossCounting = new CrossCounting(columns);
        this.crossTables = new KeptCrossTables(CROSS_TABLES_KEPT, index::generation);
        this.autocomplete = new Autocomplete(states, values);
        this.updater = new IndexUpdater(index, columns);
    }

    /** Opens (and when needed rebuilds, reporting progress) the index in the folder, and starts following changes. */
    public static SearchService open(Path indexDir, RecommendationService recommendations, ReviewService reviews,
                                     StateDirectory states, ChangeEvents events, IndexProgress progress) {
        return open(indexDir, recommendations, reviews, states, events, progress, ChangeLogWindow.EMPTY);
    }

    /**
     * Opens the index as {@link #open(Path, RecommendationService, ReviewService, StateDirectory, ChangeEvents,
     * IndexProgress)} does, for a record whose change log holds this window: an index that cannot catch up from
     * the log is rebuilt, and each {@link ChangeLogRead} is remembered with the index once its changes are in.
     */
    public static SearchService open(Path indexDir, RecommendationService recommendations, ReviewService reviews,
                                     StateDirectory states, ChangeEvents events, IndexProgress progress,
                                     ChangeLogWindow window) {
        Map<Integer, Integer> years = new HashMap<>();
        for (Session s : reviews.sessions()) years.put(s.number(), s.year());
        RecommendationDocuments documents = new RecommendationDocuments(states, session -> years.getOrDefault(session, 0));
        FacetColumns columns = new FacetColumns();
        SearchIndex index = IndexFolder.open(indexDir, SearchIndex.Records.of(recommendations), documents, columns, progress,
                window);
        SearchService service = new SearchService(index, columns, states);
        events.subscribe(RecommendationsChanged.class, service.updater::changed);
        events.subscribe(ChangeLogRead.class, read -> service.updater.changeLogRead(read.position()));
        return service;
    }

    /** Grows each time searches start seeing changed recommendations: a page kept from before is out of date. */
    public long generation() {
        return index.generation();
    }

    /** How far in the database's change log the index has applied every change; a node follows the log from here. */
    public long changeLogPosition() {
        return index.changeLogPosition();
    }

    /** A service over an index opened by the caller (benchmarks and tests build synthetic ones). */
    static SearchService over(SearchIndex index, FacetColumns columns, StateDirectory states) {
        return new SearchService(index, columns, states);
    }

    /** Runs a search; a query with errors is repaired where it can be (see {@link SearchResult#notices()}). */
    public SearchResult search(SearchRequest request) {
        check(request);
        List<String> notices = new ArrayList<>();
        QueryLanguage.Parsed parsed = language.parse(request.query());
        notices.addAll(parsed.notices());
        FacetFilters filters = FacetFilters.resolve(request.filters(), values, notices);
        LuceneQueries.Translation t = queries.translate(parsed.root());
        Sort sort = FacetedSearch.sort(request.sort(), !t.ranked());
        int from = (request.page() - 1) * request.size();
        return IndexSearcherLease.run(index, searcher -> {
            FacetedSearch.Outcome outcome = faceted.run(searcher, t.query(), filters, sort, from + request.size());
            ScoreDoc[] all = outcome.top().scoreDocs;
            ScoreDoc[] page = from >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
            if (page.length == 0 && request.page() > 1) {
                long last = Math.max(1, (outcome.total() + request.size() - 1) / request.size());
                notices.add(Ui.text("search.notice.beyond_last", String.valueOf(request.page()), String.valueOf(last)));
            }
            List<SearchHit> hits = HitPage.read(searcher, analysis, queries, t, page, request.explain());
            String suggestion = didYouMean.suggest(searcher.getIndexReader(), parsed.root(), t.words(), outcome.total());
            return new SearchResult(outcome.total(), request.page(), request.size(), hits, outcome.facets(),
                    parsed.rendered(), List.copyOf(notices), suggestion);
        });
    }

    private static void check(SearchRequest request) {
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            throw new SearchException(Ui.text("search.problem.page_size", String.valueOf(SearchRequest.MAX_SIZE), String.valueOf(request.size())));
        }
        if (request.page() < 1) throw new SearchException(Ui.text("search.problem.page_from_one", String.valueOf(request.page())));
        if ((long) request.page() * request.size() > SearchRequest.MAX_WINDOW) {
            throw new SearchException(Ui.text("search.problem.window", request.page(), SearchRequest.MAX_WINDOW));
        }
    }

    /**
     * How many recommendations match the request, without facets, hits or suggestions: what an export announces
     * before it streams. Throws {@link SearchException} for a filter it cannot read, as {@link #search} does.
     */
    public long count(SearchRequest request) {
        Query query = filtered(queries.translate(language.parse(request.query()).root()).query(), request);
        return IndexSearcherLease.run(index, searcher -> (long) searcher.count(query));
    }

    /**
     * How the matches of the request (its page and size ignored) spread over the values of two facets; the
     * matches are those {@link #count} counts. Statistics and charts are drawn from this.
     */
    public CrossTable crossTable(SearchRequest request, Facet rows, Facet columns) {
        CrossTable table = crossTables.get(request, rows, columns, () -> countCrossTable(request, rows, columns));
        // a kept table serves readers of every language; what the query had repaired is said again in this one's
        return table.notices().isEmpty() ? table : table.withNotices(notices(request));
    }

    private List<String> notices(SearchRequest request) {
        List<String> notices = new ArrayList<>(language.parse(request.query()).notices());
        FacetFilters.resolve(request.filters(), values, notices);
        return List.copyOf(notices);
    }

    private CrossTable countCrossTable(SearchRequest request, Facet rows, Facet columns) {
        QueryLanguage.Parsed parsed = language.parse(request.query());
        List<String> notices = new ArrayList<>(parsed.notices());
        Query query = filtered(queries.translate(parsed.root()).query(), request, notices);
        return IndexSearcherLease.run(index, searcher -> crossCounting.count(searcher, query, rows, columns, notices));
    }

    /** The query restricted by the request's facet filters. */
    private Query filtered(Query query, SearchRequest request) {
        return filtered(query, request, new ArrayList<>());
    }

    private Query filtered(Query query, SearchRequest request, List<String> notices) {
        FacetFilters filters = FacetFilters.resolve(request.filters(), values, notices);
        return filters.isEmpty() ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(filters.asQuery(), Occur.FILTER).build();
    }

    /** Every match of the request (ignoring its page and size), in its order: for exports of any size. */
    public void forEachMatch(SearchRequest request, Consumer<RecommendationId> each) {
        LuceneQueries.Translation t = queries.translate(language.parse(request.query()).root());
        Query query = filtered(t.query(), request);
        forEachMatchOf(query, FacetedSearch.sort(request.sort(), !t.ranked()), each);
    }

    private void forEachMatchOf(Query query, Sort sort, Consumer<RecommendationId> each) {
        IndexSearcherLease.run(index, searcher -> {
            FieldDoc after = null;
            while (true) {
                TopFieldDocs batch = searcher.searchAfter(after, query, EXPORT_BATCH, sort, false);
                for (ScoreDoc sd : batch.scoreDocs) {
                    Object[] sortValues = ((FieldDoc) sd).fields;
                    each.accept(new RecommendationId((Long) sortValues[sortValues.length - 1]));
                }
                if (batch.scoreDocs.length < EXPORT_BATCH) return null;
                after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
            }
        });
    }

    /**
     * Which of the given recommendations the query matches, as the index holds them now (call
     * {@link #awaitChanges()} first for changes just announced): how a saved search learns what is new for it.
     */
    public List<RecommendationId> matchingAmong(String query, java.util.Collection<RecommendationId> ids) {
        if (ids.isEmpty()) return List.of();
        Query parsed = queries.translate(language.parse(query).root()).query();
        Query among = new org.apache.lucene.search.TermInSetQuery(IndexFields.ID,
                ids.stream().map(id -> new org.apache.lucene.util.BytesRef(Long.toString(id.value()))).toList());
        Query both = new BooleanQuery.Builder().add(parsed, Occur.MUST).add(among, Occur.FILTER).build();
        List<RecommendationId> out = new ArrayList<>();
        forEachMatchOf(both, FacetedSearch.sort(SearchSort.RELEVANCE, true), out::add);
        return out;
    }

    /** Recommendations most like the one given, to any state, best first; the given one left out. */
    public List<SearchHit> moreLikeThis(RecommendationId id, int count) {
        return IndexSearcherLease.run(index, searcher -> similar.of(searcher, id, count));
    }

    /**
     * The earlier recommendations (cycles before its own) to the same state whose words most resemble the one given,
     * most alike first: candidates for "it repeats". None for a pledge, a cycle-1 recommendation or an unknown id.
     */
    public List<Resemblance> earlierLike(RecommendationId id, int count) {
        return IndexSearcherLease.run(index, searcher -> new EarlierResemblances(analysis, searcher).of(id, count));
    }

    /** {@link #earlierLike(RecommendationId, int)} for many recommendations on one searcher: a linking run's batch. */
    public void earlierLike(List<RecommendationId> ids, int count, BiConsumer<RecommendationId, List<Resemblance>> each) {
        IndexSearcherLease.run(index, searcher -> {
            EarlierResemblances resemblances = new EarlierResemblances(analysis, searcher);
            for (RecommendationId id : ids) each.accept(id, resemblances.of(id, count));
            return null;
        });
    }

    /** Recommendations to the state (any state when null) most like a text outside the index, best first, with scores. */
    public List<SearchHit> similarToText(String text, StateCode state, int count) {
        return IndexSearcherLease.run(index, searcher -> similar.ofText(searcher, text, state, count));
    }

    /** Autocomplete for the query box: state names (→ sur:CODE / rs:CODE) and issues (→ issue:"…") by prefix. */
    public List<Suggestion> suggest(String prefix, int count) {
        return autocomplete.suggest(prefix, count);
    }

    /** Rebuilds the whole index from the record (`upright reindex`). */
    public void rebuild(IndexProgress progress) {
        updater.call(() -> {
            index.rebuild("asked for", progress);
            return null;
        });
    }

    /** Number of documents in the index. */
    public long indexed() {
        return IndexSearcherLease.run(index, searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** Waits until every change announced so far is searchable (tests, the CLI after an import). */
    public void awaitChanges() {
        updater.await();
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        updater.close();
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
