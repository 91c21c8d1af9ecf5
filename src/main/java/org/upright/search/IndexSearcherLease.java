package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;

/** Borrows the current searcher for one piece of work and always gives it back. */
final class IndexSearcherLease {
    interface Work<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private IndexSearcherLease() {
    }

    static <T> T run(SearchIndex index, Work<T> work) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return work.apply(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read: " + e.getMessage(), e);
        }
    }

    static <T> T run(org.apache.lucene.search.SearcherManager searchers, Work<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read: " + e.getMessage(), e);
        }
    }
}
