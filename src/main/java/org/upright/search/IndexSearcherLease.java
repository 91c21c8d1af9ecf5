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

    private interface Borrow {
        IndexSearcher take() throws IOException;
    }

    private interface Return {
        void give(IndexSearcher searcher) throws IOException;
    }

    static <T> T run(SearchIndex index, Work<T> work) {
        return run(index::acquire, index::release, work);
    }

    static <T> T run(org.apache.lucene.search.SearcherManager searchers, Work<T> work) {
        return run(searchers::acquire, searchers::release, work);
    }

    private static <T> T run(Borrow borrow, Return back, Work<T> work) {
        try {
            IndexSearcher searcher = borrow.take();
            try {
                return work.apply(searcher);
            } finally {
                back.give(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read: " + e.getMessage(), e);
        }
    }
}
