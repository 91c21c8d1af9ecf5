package org.upright.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.upright.recommendation.RecommendationId;

/**
 * More like this: the recommendation's most telling words (frequent in it, rare in the index) make a query
 * over all texts; the best matches, to any state, come first and the recommendation itself is left out.
 */
final class SimilarRecommendations {
    private final EnglishAnalysis analysis;

    SimilarRecommendations(EnglishAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Recommendations to one state most like a text that is not in the index (a civil-society ask, an incident):
     * its telling words against the index's, best first. Null state: to any state.
     */
    List<SearchHit> ofText(IndexSearcher searcher, String text, org.upright.common.StateCode state, int count) throws IOException {
        if (count <= 0 || text == null || text.isBlank()) return List.of();
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analysis);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(IndexFields.TEXT, new StringReader(text));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
        if (state != null) query.add(new TermQuery(new Term(Facet.SUR.id(), state.value())), Occur.FILTER);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query.build(), Math.min(count, SearchRequest.MAX_SIZE)).scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            hits.add(StoredHits.toHit(doc, sd.score, Highlights.escape(doc.get(IndexFields.TEXT)), List.of()));
        }
        return List.copyOf(hits);
    }

    List<SearchHit> of(IndexSearcher searcher, RecommendationId id, int count) throws IOException {
        if (count <= 0) return List.of();
        Term idTerm = SearchIndex.idTerm(id);
        TopDocs self = searcher.search(new TermQuery(idTerm), 1);
        if (self.scoreDocs.length == 0) return List.of();
        String text = searcher.storedFields().document(self.scoreDocs[0].doc).get(IndexFields.TEXT);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analysis);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1);
        // a word no other text has cannot find another text
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(IndexFields.TEXT, new StringReader(text == null ? "" : text));
        Query query = new BooleanQuery.Builder().add(like, Occur.MUST).add(new TermQuery(idTerm), Occur.MUST_NOT).build();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, Math.min(count, SearchRequest.MAX_SIZE)).scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            hits.add(StoredHits.toHit(doc, sd.score, Highlights.escape(doc.get(IndexFields.TEXT)), List.of()));
        }
        return List.copyOf(hits);
    }
}
