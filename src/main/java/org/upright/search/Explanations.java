package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.Term;

/**
 * Why a hit matched: for each field, the words (or values) that matched, as typed, as indexed (the stemmed
 * form: "woman" for "women") and as they stand in the text, found through Lucene's {@link Matches} and the
 * offsets in the postings.
 */
final class Explanations {
    private final IndexSearcher searcher;
    private final Weight weight;
    private final Map<Query, String> typed;
    private final Map<Term, String> typedValues;
    private final LuceneQueries queries;

    Explanations(IndexSearcher searcher, Query query, Map<Query, String> typed, Map<Term, String> typedValues,
                 LuceneQueries queries) throws IOException {
        this.searcher = searcher;
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.typed = typed;
        this.typedValues = typedValues;
        this.queries = queries;
    }

    List<MatchedTerm> of(int doc, String text) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) return List.of();
        List<MatchedTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                MatchedTerm term = field.equals(IndexFields.TEXT) ? textMatch(it, text) : valueMatch(field, it);
                String key = (term.field() + "\u0000" + term.queryWord() + "\u0000" + term.found()).toLowerCase(Locale.ROOT);
                if (seen.add(key)) terms.add(term);
            }
        }
        return List.copyOf(terms);
    }

    private MatchedTerm textMatch(MatchesIterator it, String text) throws IOException {
        Query q = it.getQuery();
        int start = it.startOffset();
        int end = it.endOffset();
        String found = start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : null;
        String indexed = switch (q) {
            case TermQuery t -> t.getTerm().text();
            case PhraseQuery p -> String.join(" ", java.util.Arrays.stream(p.getTerms()).map(Term::text).toList());
            default -> found == null ? null : stemOf(found);
        };
        String word = typed.getOrDefault(q, q.toString(IndexFields.TEXT));
        return new MatchedTerm(IndexFields.TEXT, word, indexed, found);
    }

    private String stemOf(String found) {
        String stem = queries.stem(found);
        return stem == null ? found.toLowerCase(Locale.ROOT) : stem;
    }

    private MatchedTerm valueMatch(String field, MatchesIterator it) {
        String value = it.getQuery() instanceof TermQuery t ? t.getTerm().text() : null;
        String word = value == null ? null : typedValues.getOrDefault(new Term(field, value), value);
        return new MatchedTerm(field, word, value, null);
    }
}
