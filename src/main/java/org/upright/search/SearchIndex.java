package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.upright.common.ChangeLogWindow;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;

/**
 * The index on disk: its folder, the one writer (none when read-only), the searchers, and the marker saying
 * which version built it. The index is derived data: missing, damaged, built by another version or holding
 * another number of recommendations than the record, it is rebuilt when opened ({@link IndexFolder}).
 */
final class SearchIndex implements AutoCloseable {
    static final String MARKER = "upright-index.version";
    /** The commit user data key of the change-log position the index has applied every change up to. */
    static final String CHANGE_LOG_POSITION = "upright.change-log-position";

    /** Where the recommendations come from: the record. */
    interface Records {
        long count();

        void forEach(int batchSize, Consumer<List<Recommendation>> batch);

        List<Recommendation> byIds(Collection<RecommendationId> ids);

        static Records of(RecommendationService recommendations) {
            return new Records() {
                @Override
                public long count() {
                    return recommendations.count(RecommendationFilter.none());
                }

                @Override
                public void forEach(int batchSize, Consumer<List<Recommendation>> batch) {
                    recommendations.forEach(batchSize, batch);
                }

                @Override
                public List<Recommendation> byIds(Collection<RecommendationId> ids) {
                    return recommendations.recommendations(ids);
                }
            };
        }
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Records records;
    private final RecommendationDocuments documents;
    private final ChangeLogWindow window;
    /** How many times the searchers were opened on a changed index: what answers kept elsewhere are valid for. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    SearchIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, Records records,
                RecommendationDocuments documents, ChangeLogWindow window) {
        this.window = window;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.records = records;
        this.documents = documents;
        searchers.addListener(new org.apache.lucene.search.ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) generation.incrementAndGet();
            }
        });
    }

    long generation() {
        return generation.get();
    }

    /** Why the index must be rebuilt, or null when it is current. */
    String staleness() throws IOException {
        Path marker = path.resolve(MARKER);
        if (!Files.exists(marker)) return DirectoryReader.indexExists(directory) ? "it was left half-built" : "it is missing";
        String version = Files.readString(marker, StandardCharsets.UTF_8).strip();
        if (!version.equals(IndexFields.VERSION)) return "it was built by another version of UPRight (" + version + ")";
        long indexed = writer.getDocStats().numDocs;
        long held = records.count();
        if (indexed != held) return "it holds " + indexed + " recommendations and the record " + held;
        long position = changeLogPosition();
        if (!window.reachableFrom(position)) {
            return position > window.newest() ? "it followed another database's change log"
                    : "it missed changes the database's change log no longer holds (it read up to " + position + ")";
        }
        return null;
    }

    /** How far in the database's change log the index has applied every change (0: from the start). */
    long changeLogPosition() {
        if (writer == null) return 0;
        for (var entry : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of() : writer.getLiveCommitData()) {
            if (entry.getKey().equals(CHANGE_LOG_POSITION)) return Long.parseLong(entry.getValue());
        }
        return 0;
    }

    /** Remembers the position with the next commit (every change up to it is indexed by then). */
    void changeLogPosition(long position) {
        if (writer != null) writer.setLiveCommitData(Map.of(CHANGE_LOG_POSITION, Long.toString(position)).entrySet());
    }

    boolean writable() {
        return writer != null;
    }

    /** Replaces every document with the record's, then commits; searches see the old index until it is done. */
    void rebuild(String why, IndexProgress progress) throws IOException {
        if (writer == null) throw new SearchException("The search index is in use by another UPRight process; stop it to rebuild.");
        Files.deleteIfExists(path.resolve(MARKER));
        // read before the record: what is logged after this is applied from the log
        long position = window.newest();
        long total = records.count();
        progress.rebuilding(why, total);
        writer.deleteAll();
        long[] done = {0};
        records.forEach(1_000, batch -> {
            try {
                for (Recommendation r : batch) writer.addDocument(documents.toDocument(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done[0] += batch.size();
            progress.indexed(done[0], total);
        });
        // one segment searches fastest; later changes add small segments that merges fold in
        writer.forceMerge(1);
        changeLogPosition(position);
        writer.commit();
        Files.writeString(path.resolve(MARKER), IndexFields.VERSION + "\n", StandardCharsets.UTF_8);
        searchers.maybeRefreshBlocking();
    }

    /** Indexes the recommendations again as the record now holds them; ids no longer there are removed. */
    void update(Collection<RecommendationId> ids) throws IOException {
        if (writer == null) return;
        Set<RecommendationId> gone = new HashSet<>(ids);
        for (Recommendation r : records.byIds(ids)) {
            writer.updateDocument(idTerm(r.id()), documents.toDocument(r));
            gone.remove(r.id());
        }
        for (RecommendationId id : gone) writer.deleteDocuments(idTerm(id));
    }

    void commitAndRefresh() throws IOException {
        if (writer == null) return;
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    static Term idTerm(RecommendationId id) {
        return new Term(IndexFields.ID, Long.toString(id.value()));
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.commit();
            writer.close();
        }
        directory.close();
    }
}
