package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** A page of hits as they are shown: read from the index, highlighted, and explained when asked. */
final class HitPage {
    private HitPage() {
    }

    static List<SearchHit> read(IndexSearcher searcher, EnglishAnalysis analysis, LuceneQueries queries,
                                LuceneQueries.Translation t, ScoreDoc[] page, boolean explain) throws IOException {
        Document[] docs = new Document[page.length];
        String[] texts = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = searcher.storedFields().document(page[i].doc);
            texts[i] = docs[i].get(IndexFields.TEXT);
        }
        String[] marked = Highlights.of(searcher, analysis, t.query(), new TopDocs(null, page), texts, t.ranked());
        Explanations explanations = explain ? new Explanations(searcher, t.query(), t.typed(), t.values(), queries) : null;
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            List<MatchedTerm> why = explanations == null ? List.of() : explanations.of(page[i].doc, texts[i]);
            hits.add(StoredHits.toHit(docs[i], page[i].score, marked[i], why));
        }
        return hits;
    }
}
