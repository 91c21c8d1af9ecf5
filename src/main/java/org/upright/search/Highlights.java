package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The whole text of each hit, HTML-escaped, with the matched words in {@code <mark>}. The offsets are in the
 * postings, so nothing is analysed again; a phrase is marked as one run, and only where it matched as a phrase.
 */
final class Highlights {
    private static final int MAX_LENGTH = 100_000;

    private Highlights() {
    }

    /** @param words false when the query has no words: nothing to mark, only to escape */
    static String[] of(IndexSearcher searcher, EnglishAnalysis analysis, Query query, TopDocs page, String[] texts,
                       boolean words) throws IOException {
        Map<Integer, String> byDoc = new HashMap<>();
        for (int i = 0; i < texts.length; i++) byDoc.put(page.scoreDocs[i].doc, texts[i] == null ? "" : texts[i]);
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            // the hits' texts are read already: reading the stored fields twice would double the cost of a page
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    values.add(new CharSequence[] {byDoc.getOrDefault(doc, "")});
                }
                return values;
            }
        };
        String[] marked = page.scoreDocs.length == 0 || !words ? new String[0] : highlighter.highlight(IndexFields.TEXT, query, page, 1);
        String[] result = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            result[i] = i < marked.length && marked[i] != null ? marked[i] : escape(texts[i]);
        }
        return result;
    }

    /** The same escaping the highlighter's formatter does, for texts with nothing to mark. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
