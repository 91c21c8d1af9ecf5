package org.upright.bench;

import org.upright.search.SearchRequest;
import org.upright.search.SearchResult;
import org.upright.search.SearchService;
import org.upright.search.SearchSort;

/** The search UPRight serves: {@link SearchService} on Lucene, asked for the first page of 20 with every facet. */
final class LuceneEngine implements Engine {
    static final int PAGE = 20;
    private final SearchService search;

    LuceneEngine(SearchService search) {
        this.search = search;
    }

    @Override
    public String name() {
        return "Lucene";
    }

    @Override
    public Outcome search(BenchQuery q) {
        SearchResult r = run(q);
        return new Outcome(r.total(), r.hits().size(), r.facets().size(),
                r.facets().values().stream().mapToInt(java.util.List::size).sum());
    }

    SearchResult run(BenchQuery q) {
        SearchSort sort = q.text().isBlank() ? SearchSort.SESSION : SearchSort.RELEVANCE;
        return search.search(new SearchRequest(q.text(), q.filters(), sort, 1, PAGE, false));
    }
}
