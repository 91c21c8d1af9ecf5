package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The query builder: a parsed query becomes a Lucene query, remembering which typed word each part came from. */
final class LuceneQueries {
    /**
     * @param query  the Lucene query (everything when the query was empty)
     * @param ranked whether it has words to rank by; a query of fields only is ordered by session instead
     * @param typed  for each word, phrase and prefix query, what was typed: explanations name it
     * @param values for each field value, what was typed ("Kazakhstan" for sur:KAZ)
     * @param words  the words and phrases that must match, for "did you mean"
     */
    record Translation(Query query, boolean ranked, Map<Query, String> typed, Map<Term, String> values,
                       List<QueryNode.Words> words) {
    }

    private final EnglishAnalysis analysis;
    private final QueryBuilder builder;
    private final Synonyms synonyms;

    LuceneQueries(EnglishAnalysis analysis) {
        this(analysis, Synonyms.load());
    }

    LuceneQueries(EnglishAnalysis analysis, Synonyms synonyms) {
        this.analysis = analysis;
        this.builder = new QueryBuilder(analysis);
        this.synonyms = synonyms;
    }

    Translation translate(QueryNode root) {
        Map<Query, String> typed = new HashMap<>();
        Map<Term, String> values = new HashMap<>();
        List<QueryNode.Words> words = new ArrayList<>();
        if (root == null) return new Translation(new MatchAllDocsQuery(), false, typed, values, words);
        Query query = new Builder(typed, values, words).query(root, false);
        return new Translation(query, !typed.isEmpty(), typed, values, words);
    }

    private final class Builder {
        private final Map<Query, String> typed;
        private final Map<Term, String> values;
        private final List<QueryNode.Words> words;

        Builder(Map<Query, String> typed, Map<Term, String> values, List<QueryNode.Words> words) {
            this.typed = typed;
            this.values = values;
            this.words = words;
        }

        /** @param negated inside a NOT: its words explain nothing and suggest nothing */
        Query query(QueryNode node, boolean negated) {
            return switch (node) {
                case QueryNode.Words w -> text(w, negated);
                case QueryNode.Prefix p -> prefix(p.typed(), negated);
                case QueryNode.FieldValue f -> value(f, negated);
                case QueryNode.Not n -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                        .add(query(n.node(), !negated), Occur.MUST_NOT).build();
                case QueryNode.All a -> all(a, negated);
                case QueryNode.Any a -> {
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    for (QueryNode child : a.nodes()) any.add(query(child, negated), Occur.SHOULD);
                    yield any.build();
                }
            };
        }

        private Query all(QueryNode.All all, boolean negated) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean positive = false;
            List<QueryNode> nodes = all.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                QueryNode child = nodes.get(i);
                int run = negated ? 0 : synonymRun(nodes, i);
                if (run > 1) {
                    // words typed one after another that spell a form of the synonym list ("sexual orientation")
                    b.add(wordsOrSynonyms(nodes.subList(i, i + run)), Occur.MUST);
                    positive = true;
                    i += run - 1;
                } else if (child instanceof QueryNode.Not not) {
                    b.add(query(not.node(), !negated), Occur.MUST_NOT);
                } else {
                    // fields filter without weighing in the ranking; words rank
                    b.add(query(child, negated), child instanceof QueryNode.FieldValue ? Occur.FILTER : Occur.MUST);
                    positive = true;
                }
            }
            if (!positive) b.add(new MatchAllDocsQuery(), Occur.FILTER);
            return b.build();
        }

        private Query text(QueryNode.Words w, boolean negated) {
            Query q = builder.createPhraseQuery(IndexFields.TEXT, w.typed());
            if (q == null) return new BooleanQuery.Builder().build(); // the parser left no stop-word-only words; be safe
            if (!negated) words.add(w);
            Query typedQuery = remember(q, w.phrase() ? "\"" + w.typed() + "\"" : w.typed(), negated);
            List<String> others = negated ? List.of() : synonyms.of(w.typed());
            return others.isEmpty() ? typedQuery : orSynonyms(typedQuery, others);
        }

        /** How many plain words from {@code i} on spell a form of the synonym list together; 0 when none do. */
        private int synonymRun(List<QueryNode> nodes, int i) {
            StringBuilder joined = new StringBuilder();
            int found = 0;
            // stop words may stand between the words typed, so the run may be longer than the list's longest form
            for (int n = 0; n < 2 * synonyms.longestKey() && i + n < nodes.size(); n++) {
                if (!(nodes.get(i + n) instanceof QueryNode.Words w) || w.phrase()) break;
                joined.append(' ').append(w.typed());
                if (n > 0 && !synonyms.of(joined.toString()).isEmpty()) found = n + 1;
            }
            return found;
        }

        /** Every word of the run (as typed, not as a phrase) or any other form of what they spell. */
        private Query wordsOrSynonyms(List<QueryNode> run) {
            BooleanQuery.Builder each = new BooleanQuery.Builder();
            StringBuilder joined = new StringBuilder();
            for (QueryNode node : run) {
                QueryNode.Words w = (QueryNode.Words) node;
                Query q = builder.createPhraseQuery(IndexFields.TEXT, w.typed());
                if (q == null) continue;
                words.add(w);
                each.add(remember(q, w.typed(), false), Occur.MUST);
                joined.append(' ').append(w.typed());
            }
            return orSynonyms(each.build(), synonyms.of(joined.toString()));
        }

        private Query orSynonyms(Query typedQuery, List<String> others) {
            BooleanQuery.Builder any = new BooleanQuery.Builder().add(typedQuery, Occur.SHOULD);
            for (String other : others) {
                Query q = builder.createPhraseQuery(IndexFields.TEXT, other);
                if (q != null) any.add(remember(q, other, false), Occur.SHOULD);
            }
            return any.build();
        }

        private Query remember(Query q, String as, boolean negated) {
            if (!negated) typed.put(q, as);
            return q;
        }

        private Query value(QueryNode.FieldValue f, boolean negated) {
            Term term = new Term(IndexFields.of(f.facet()), f.value());
            if (!negated) values.put(term, f.typed());
            return new ConstantScoreQuery(new TermQuery(term));
        }

        /** Words starting with the prefix; also with its stem, so "women*" finds "women" (indexed as "woman"). */
        private Query prefix(String normal, boolean negated) {
            Query plain = remember(new PrefixQuery(new Term(IndexFields.TEXT, normal)), normal + "*", negated);
            String stem = stem(normal);
            if (stem == null || stem.equals(normal)) return plain;
            Query stemmed = remember(new PrefixQuery(new Term(IndexFields.TEXT, stem)), normal + "*", negated);
            return new BooleanQuery.Builder().add(plain, Occur.SHOULD).add(stemmed, Occur.SHOULD).build();
        }
    }

    /** A word as typed, in the index's spelling but not stemmed: lower case, folded, without apostrophes. */
    String normal(String word) {
        return analysis.normalizePrefix(word);
    }

    /** The words as a phrase of the text (one word: its term), or null when they are only stop words. */
    Query phrase(String words) {
        return builder.createPhraseQuery(IndexFields.TEXT, words);
    }

    /** The one term a word analyses to, or null. */
    String stem(String word) {
        try (TokenStream stream = analysis.tokenStream(IndexFields.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : null;
            String second = stream.incrementToken() ? term.toString() : null;
            stream.end();
            return second == null ? first : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
