package org.upright.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.upright.common.ChangeLogWindow;

/**
 * Opens the index folder, repairing what it must: a damaged index or one sorted another way is wiped, and
 * any index that is not current (see {@link SearchIndex#staleness()}) is rebuilt before the index is handed
 * out. When another UPRight process holds the writer lock, the index is opened read-only.
 */
final class IndexFolder {
    private IndexFolder() {
    }

    static SearchIndex open(Path path, SearchIndex.Records records, RecommendationDocuments documents, FacetColumns columns,
                            IndexProgress progress, ChangeLogWindow window) {
        try {
            Files.createDirectories(path);
            FSDirectory directory = FSDirectory.open(path);
            IndexWriter writer;
            SearcherManager searchers;
            String why = null;
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, columns));
                searchers = openSearchers(writer, columns);
            } catch (LockObtainFailedException e) {
                return readOnly(path, directory, records, documents, columns, window);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                     | NoSuchFileException | FileNotFoundException | IllegalArgumentException e) {
                // IllegalArgumentException: an index sorted another way, by an older UPRight
                why = e instanceof IllegalArgumentException ? "it was built by another version of UPRight"
                        : "it was damaged (" + e.getClass().getSimpleName() + ")";
                wipe(directory);
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, columns));
                searchers = openSearchers(writer, columns);
            }
            SearchIndex index = new SearchIndex(path, directory, writer, searchers, records, documents, window);
            if (why == null) why = index.staleness();
            if (why != null) index.rebuild(why, progress);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Merged segments have their facet columns read on the merge thread, before any search sees them. */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, FacetColumns columns) {
        return new IndexWriterConfig(new EnglishAnalysis()).setOpenMode(mode).setRAMBufferSizeMB(64)
                .setIndexSort(FacetedSearch.INDEX_ORDER)
                .setMergedSegmentWarmer(columns::of);
    }

    /**
     * Searchers whose new segments have their facet columns read before the searcher is published, so a search
     * never waits for them; only the very first searcher is warmed in the background, to keep opening fast.
     */
    private static SearcherFactory warming(FacetColumns columns) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                if (previous != null) columns.warm(reader);
                return new IndexSearcher(reader);
            }
        };
    }

    private static SearcherManager openSearchers(IndexWriter writer, FacetColumns columns) throws IOException {
        try {
            return new SearcherManager(writer, warming(columns));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static SearchIndex readOnly(Path path, Directory directory, SearchIndex.Records records,
                                        RecommendationDocuments documents, FacetColumns columns, ChangeLogWindow window)
            throws IOException {
        System.err.println("The search index in " + path + " is in use by another UPRight process; this one searches it"
                + " read-only, and its own changes become searchable when that process restarts.");
        try {
            return new SearchIndex(path, directory, null, new SearcherManager(directory, warming(columns)), records, documents, window);
        } catch (IOException e) {
            // the other process is still building it: search nothing rather than fail to start
            Directory empty = new ByteBuffersDirectory();
            new IndexWriter(empty, new IndexWriterConfig()).close();
            return new SearchIndex(path, empty, null, new SearcherManager(DirectoryReader.open(empty), null), records, documents,
                    window);
        }
    }

    /** Deletes every file of a damaged index (the folder holds nothing else). */
    private static void wipe(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) directory.deleteFile(file);
        }
    }
}
