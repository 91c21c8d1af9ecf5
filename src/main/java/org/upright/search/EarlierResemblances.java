package org.upright.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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
 * For one recommendation of the index, the earlier ones to the same state that resemble it: a more-like-this query of
 * its telling words, filtered to the state under review, to recommendations (not pledges) and to the cycles before
 * its own, finds a few candidates (so no text is compared with every other); each candidate is then scored by the
 * cosine of the two texts' rarity-weighted words, a number that means the same for every pair (Lucene's score does
 * not). One instance serves one searcher: it remembers the rarity of every word it looked up.
 */
final class EarlierResemblances {
    private final EnglishAnalysis analysis;
    private final IndexSearcher searcher;
    private final Map<String, Double> rarity = new HashMap<>();
    private final MoreLikeThis mlt;

    EarlierResemblances(EnglishAnalysis analysis, IndexSearcher searcher) throws IOException {
        this.analysis = analysis;
        this.searcher = searcher;
        this.mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analysis);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1);
        // a word no other text has cannot find another text
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
    }

    /** Up to {@code count} earlier recommendations resembling the one given, most alike first; none for a pledge or cycle 1. */
    List<Resemblance> of(RecommendationId id, int count) throws IOException {
        TopDocs self = searcher.search(new TermQuery(SearchIndex.idTerm(id)), 1);
        if (self.scoreDocs.length == 0 || count <= 0) return List.of();
        Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
        int cycle = number(doc, Facet.CYCLE);
        String text = doc.get(IndexFields.TEXT);
        if (cycle <= 1 || text == null || text.isBlank() || IndexFields.KIND_PLEDGE.equals(doc.get(IndexFields.of(Facet.KIND)))) {
            return List.of();
        }
        BooleanQuery.Builder earlierCycles = new BooleanQuery.Builder();
        for (int c = 1; c < cycle; c++) earlierCycles.add(new TermQuery(new Term(Facet.CYCLE.id(), Integer.toString(c))), Occur.SHOULD);
        Query query = new BooleanQuery.Builder()
                .add(mlt.like(IndexFields.TEXT, new StringReader(text)), Occur.MUST)
                .add(new TermQuery(new Term(Facet.SUR.id(), doc.get(IndexFields.of(Facet.SUR)))), Occur.FILTER)
                .add(new TermQuery(new Term(Facet.KIND.id(), IndexFields.KIND_RECOMMENDATION)), Occur.FILTER)
                .add(earlierCycles.build(), Occur.FILTER)
                .build();
        Map<String, Double> words = weights(text);
        List<Resemblance> found = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
            Document other = searcher.storedFields().document(sd.doc);
            found.add(new Resemblance(StoredHits.id(other), number(other, Facet.SESSION), number(other, Facet.CYCLE),
                    number(other, Facet.YEAR), cosine(words, weights(other.get(IndexFields.TEXT)))));
        }
        found.sort(Comparator.comparingDouble(Resemblance::similarity).reversed());
        return List.copyOf(found);
    }

    /** Each analysed word of the text weighted by its count times its rarity in the index (BM25's idf). */
    private Map<String, Double> weights(String text) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analysis.tokenStream(IndexFields.TEXT, text == null ? "" : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
            tokens.end();
        }
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) weights.put(e.getKey(), e.getValue() * rarity(e.getKey()));
        return weights;
    }

    private double rarity(String word) throws IOException {
        Double known = rarity.get(word);
        if (known != null) return known;
        IndexReader reader = searcher.getIndexReader();
        int df = reader.docFreq(new Term(IndexFields.TEXT, word));
        double idf = Math.log(1 + (reader.numDocs() - df + 0.5) / (df + 0.5));
        rarity.put(word, idf);
        return idf;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : Math.min(1, dot / norms);
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) sum += w * w;
        return Math.sqrt(sum);
    }

    private static int number(Document doc, Facet facet) {
        String v = doc.get(IndexFields.of(facet));
        return v == null ? 0 : Integer.parseInt(v);
    }
}
