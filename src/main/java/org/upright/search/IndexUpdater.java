package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationsChanged;

/**
 * Keeps the index following the record, on one background thread so writes never race: each change event
 * adds its ids to a pending set (an id changed twice in a burst is indexed once), and the thread indexes
 * whatever is pending, commits and refreshes the searchers — typically well within a second of the event.
 * Rebuilds run on the same thread, so they never interleave with updates.
 */
final class IndexUpdater implements AutoCloseable {
    private static final int BATCH = 2_000;

    private final SearchIndex index;
    private final FacetColumns columns;
    private final Set<RecommendationId> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });

    IndexUpdater(SearchIndex index, FacetColumns columns) {
        this.index = index;
        this.columns = columns;
        thread.execute(this::warm);
    }

    void changed(RecommendationsChanged event) {
        if (event.ids().isEmpty() || !index.writable()) return;
        pending.addAll(event.ids());
        try {
            thread.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // closing: the next start sees the difference in counts and rebuilds
        }
    }

    /**
     * Remembers the change-log position with the index once the changes announced before it are indexed: the
     * thread runs tasks in order, so this runs after their drain.
     */
    void changeLogRead(long position) {
        if (!index.writable()) return;
        try {
            thread.execute(() -> {
                try {
                    index.changeLogPosition(position);
                    index.commitAndRefresh();
                } catch (IOException | RuntimeException e) {
                    System.err.println("search index: the change-log position could not be stored (" + e + ")");
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: the next start reads the log again from the position stored before
        }
    }

    private void drain() {
        if (pending.isEmpty()) return;
        try {
            while (!pending.isEmpty()) index.update(take());
            index.commitAndRefresh();
        } catch (IOException | RuntimeException e) {
            System.err.println("search index: changes could not be indexed (" + e + "); `upright reindex` repairs the index");
        }
    }

    private List<RecommendationId> take() {
        List<RecommendationId> batch = new ArrayList<>(BATCH);
        for (Iterator<RecommendationId> it = pending.iterator(); it.hasNext() && batch.size() < BATCH; ) {
            batch.add(it.next());
            it.remove();
        }
        return batch;
    }

    /** Reads the facet columns of the first searcher here, so opening does not wait for them (refreshes warm their own). */
    private void warm() {
        try {
            IndexSearcherLease.run(index, searcher -> {
                columns.warm(searcher.getIndexReader());
                return null;
            });
        } catch (RuntimeException e) {
            System.err.println("search index: " + e.getMessage());
        }
    }

    /** Runs the work on the indexing thread after every change announced so far, and waits for it. */
    <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while waiting for the search index");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SearchException("the search index could not be updated: " + e.getCause());
        }
    }

    void await() {
        call(() -> null);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) thread.shutdownNow();
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
