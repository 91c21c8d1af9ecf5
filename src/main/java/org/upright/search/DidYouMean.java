package org.upright.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a word that matches nothing (or, when the search found almost nothing, very little),
 * the closest word of the index within two edits ("torure" → "torture"), taken from the terms themselves so
 * no dictionary has to be kept.
 */
final class DidYouMean {
    /** Below this many hits a rare word is worth a second look. */
    private static final int FEW_HITS = 5;
    private static final int RARE = 2;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final LuceneQueries queries;

    DidYouMean(LuceneQueries queries) {
        this.queries = queries;
    }

    /** The query with its misspelt words corrected, or null when none is. */
    String suggest(IndexReader reader, QueryNode root, List<QueryNode.Words> words, long hits) throws IOException {
        Map<String, String> replace = new HashMap<>();
        for (QueryNode.Words w : words) {
            String[] parts = w.typed().split("\\s+");
            boolean changed = false;
            for (int i = 0; i < parts.length; i++) {
                String better = better(reader, parts[i], hits);
                if (better != null) {
                    parts[i] = better;
                    changed = true;
                }
            }
            if (changed) replace.put(w.typed(), String.join(" ", parts));
        }
        return replace.isEmpty() ? null : root.render(replace);
    }

    private String better(IndexReader reader, String word, long hits) throws IOException {
        if (!word.chars().allMatch(Character::isLetter)) return null;
        String stem = queries.stem(word);
        if (stem == null) return null;
        Term term = new Term(IndexFields.TEXT, stem);
        int freq = reader.docFreq(term);
        if (freq > 0 && (hits >= FEW_HITS || freq > RARE)) return null;
        SuggestMode mode = freq == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, mode);
        return suggestions.length == 0 ? null : suggestions[0].string;
    }
}
