package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.upright.common.Visibility;
import org.upright.i18n.Ui;

/**
 * Full-text search over the documents the record holds (press releases, submissions), apart from the
 * recommendations' index: documents are few and long, and they have a visibility. The index lives in memory and
 * is filled from the record when the app starts ({@link #replaceAll}), then follows each document added or
 * decided on ({@link #put}, {@link #remove}). Every search names the visibilities its reader may see, and the
 * filter is part of the Lucene query: a private document is never counted, ranked or highlighted for the public.
 */
public final class DocumentSearch implements AutoCloseable {
    /** What the index keeps of a document; {@code visibility} is the id ("public", "private"). */
    public record Entry(long id, String title, String publisher, String publishedOn, String state, Visibility visibility,
                        String text) {
    }

    /**
     * One document found. {@code passages} is HTML-escaped text around the matches with the matched words in
     * {@code <mark>}; the start of the text when the query has no words.
     */
    public record Hit(long id, String title, String publisher, String publishedOn, String state, Visibility visibility,
                      String passages, float score) {
    }

    /** A page of documents found, the number found in all, and what was made of the query. */
    public record Result(String query, long total, int page, int size, List<Hit> hits, List<String> notices) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public static final int MAX_SIZE = 100;
    private static final String ID = "id", ORDER = "order", TITLE = "title", PUBLISHER = "publisher", TEXT = "text",
            PUBLISHED = "published", STATE = "state", VISIBILITY = "visibility";
    /** Characters of a long document the highlighter reads for passages: a 200-page report is about 600,000. */
    private static final int HIGHLIGHT_LENGTH = 2_000_000;
    private static final int PASSAGES = 3;
    private static final int OPENING = 300;
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final EnglishAnalysis analysis = new EnglishAnalysis();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public DocumentSearch() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analysis));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the document index could not be opened in memory", e);
        }
    }

    /** Indexes exactly these documents, dropping any other. */
    public synchronized void replaceAll(Collection<Entry> entries) {
        write(() -> {
            writer.deleteAll();
            for (Entry e : entries) writer.addDocument(toDocument(e));
        });
    }

    /** Indexes the document as it now is (a new one, or one whose text, visibility or state changed). */
    public synchronized void put(Entry entry) {
        write(() -> writer.updateDocument(idTerm(entry.id()), toDocument(entry)));
    }

    public synchronized void remove(long id) {
        write(() -> writer.deleteDocuments(idTerm(id)));
    }

    /**
     * Documents holding the query's words, best first (newest first when the query is blank), among those of the
     * visibilities given and, when {@code state} is not null, about that state.
     */
    public Result search(String query, Set<Visibility> visible, String state, int page, int size) {
        if (page < 1) throw new SearchException(Ui.text("search.problem.document_page", String.valueOf(page)));
        if (size < 1 || size > MAX_SIZE) throw new SearchException(Ui.text("search.problem.size", String.valueOf(MAX_SIZE), String.valueOf(size)));
        if ((long) page * size > SearchRequest.MAX_WINDOW) {
            throw new SearchException(Ui.text("search.problem.document_window", String.valueOf(SearchRequest.MAX_WINDOW)));
        }
        DocumentQuery.Parsed parsed = DocumentQuery.parse(query, analysis, TITLE, TEXT);
        String wantedState = state != null ? state : parsed.state();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(parsed.query() == null ? new MatchAllDocsQuery() : parsed.query(), BooleanClause.Occur.MUST);
        b.add(new TermInSetQuery(VISIBILITY, visible.stream().map(v -> new BytesRef(v.id())).toList()), BooleanClause.Occur.FILTER);
        if (wantedState != null) b.add(new TermQuery(new Term(STATE, wantedState)), BooleanClause.Occur.FILTER);
        Query q = b.build();
        try {
            return IndexSearcherLease.run(searchers, searcher -> {
                int want = page * size;
                TopDocs top = parsed.query() == null
                        ? searcher.search(q, want, new Sort(new SortField(ORDER, SortField.Type.LONG, true)))
                        : searcher.search(q, want);
                return new Result(query == null ? "" : query.strip(), top.totalHits.value(), page, size,
                        hits(searcher, parsed.query(), top, (page - 1) * size), parsed.notices());
            });
        } catch (UncheckedIOException e) {
            throw new SearchException("the document index could not be read: " + e.getCause().getMessage());
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query words, TopDocs top, int from) throws IOException {
        List<Hit> hits = new ArrayList<>();
        if (from >= top.scoreDocs.length) return hits;
        TopDocs page = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
        String[] passages = words == null ? new String[0] : highlighter(searcher).highlight(TEXT, words, page, PASSAGES);
        var stored = searcher.storedFields();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            Document d = stored.document(page.scoreDocs[i].doc);
            String text = d.get(TEXT);
            String shown = i < passages.length && passages[i] != null ? passages[i]
                    : Highlights.escape(text.length() > OPENING ? text.substring(0, OPENING) + "…" : text);
            hits.add(new Hit(Long.parseLong(d.get(ID)), d.get(TITLE), d.get(PUBLISHER), d.get(PUBLISHED), d.get(STATE),
                    Visibility.parse(d.get(VISIBILITY)).orElseThrow(), shown, page.scoreDocs[i].score));
        }
        return hits;
    }

    private org.apache.lucene.search.uhighlight.UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(searcher, analysis)
                .withFormatter(new org.apache.lucene.search.uhighlight.DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(HIGHLIGHT_LENGTH)
                .withMaxNoHighlightPassages(0)
                .build();
    }

    private static Document toDocument(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(e.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ORDER, e.id()));
        d.add(new TextField(TITLE, nz(e.title()), Field.Store.YES));
        d.add(new TextField(PUBLISHER, nz(e.publisher()), Field.Store.YES));
        d.add(new Field(TEXT, nz(e.text()), TEXT_WITH_OFFSETS));
        d.add(new StoredField(PUBLISHED, nz(e.publishedOn())));
        if (e.state() != null) d.add(new StringField(STATE, e.state(), Field.Store.YES));
        d.add(new StringField(VISIBILITY, e.visibility().id(), Field.Store.YES));
        return d;
    }

    /** The text keeps its offsets in the postings, so passages are marked without analysing a long text again. */
    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write change) {
        try {
            change.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the document index could not be updated", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
