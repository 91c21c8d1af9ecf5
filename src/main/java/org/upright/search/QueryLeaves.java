package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.upright.i18n.Ui;

/**
 * The leaves of a query — words, phrases, prefixes, field values — checked before they become part of it: a
 * word that is only a stop word, a prefix short enough to match half the language, a state nobody is called
 * are left out with a notice, so the query that runs is the best one that could.
 */
final class QueryLeaves {
    static final int MIN_PREFIX = 3;
    static final int MAX_PREFIXES = 8;

    /** How much of the query is used up: clauses and prefixes are limited so no query takes long. */
    static final class Budget {
        private int clauses;
        private int prefixes;
        private boolean told;

        /** Takes one clause; false (and a notice, once) when the query has had its {@value QueryLanguage#MAX_CLAUSES}. */
        boolean take(List<String> notices) {
            if (clauses < QueryLanguage.MAX_CLAUSES) {
                clauses++;
                return true;
            }
            if (!told) notices.add(Ui.text("search.notice.too_many_clauses", String.valueOf(QueryLanguage.MAX_CLAUSES)));
            told = true;
            return false;
        }
    }

    private final EnglishAnalysis analysis;
    private final FacetValues values;

    QueryLeaves(EnglishAnalysis analysis, FacetValues values) {
        this.analysis = analysis;
        this.values = values;
    }

    QueryNode word(String typed, Budget budget, List<String> notices) {
        if (typed.endsWith("*")) return prefix(typed.replaceAll("\\*+$", ""), budget, notices);
        String word = typed;
        if (word.indexOf('*') >= 0 || word.indexOf('?') >= 0) {
            word = word.replaceAll("[*?]", "");
            notices.add(Ui.text("search.notice.wildcard_inside", typed, word));
        }
        return words(word, false, notices);
    }

    QueryNode phrase(String typed, List<String> notices) {
        return words(typed.strip(), true, notices);
    }

    private QueryNode words(String text, boolean phrase, List<String> notices) {
        if (text.isEmpty()) return null;
        if (terms(text) > 0) return new QueryNode.Words(text, phrase && text.chars().anyMatch(Character::isWhitespace));
        if (text.chars().anyMatch(Character::isLetterOrDigit)) {
            notices.add(Ui.text("search.notice.too_common", text));
        }
        return null;
    }

    private QueryNode prefix(String prefix, Budget budget, List<String> notices) {
        String normal = analysis.normalizePrefix(prefix);
        long letters = normal.chars().filter(Character::isLetterOrDigit).count();
        if (letters != normal.length()) {
            notices.add(Ui.text("search.notice.prefix_one_word", prefix));
            return null;
        }
        if (letters < MIN_PREFIX) {
            notices.add(prefix.isEmpty() ? Ui.text("search.notice.lone_star", String.valueOf(MIN_PREFIX))
                    : Ui.text("search.notice.short_prefix", prefix, String.valueOf(MIN_PREFIX)));
            return null;
        }
        if (++budget.prefixes > MAX_PREFIXES) {
            notices.add(Ui.text("search.notice.too_many_prefixes", String.valueOf(MAX_PREFIXES), prefix));
            return null;
        }
        return new QueryNode.Prefix(normal);
    }

    QueryNode fieldValue(Facet facet, String typed, boolean quoted, List<String> notices) {
        return fieldValue(facet, typed, quoted, List.of(), new int[1], notices);
    }

    /**
     * A field's value; when it names nothing and was not quoted, the longest run of the words after it that does
     * ("sur:United Kingdom") is taken, and {@code used[0]} says how many words that took.
     */
    QueryNode fieldValue(Facet facet, String typed, boolean quoted, List<String> following, int[] used, List<String> notices) {
        FacetValues.Resolved first = values.resolve(facet, typed);
        if (first.value() != null) return new QueryNode.FieldValue(facet, typed, first.value());
        if (!quoted) {
            for (int n = following.size(); n > 0; n--) {
                String longer = typed + " " + String.join(" ", following.subList(0, n));
                FacetValues.Resolved r = values.resolve(facet, longer);
                if (r.value() != null) {
                    used[0] = n;
                    return new QueryNode.FieldValue(facet, longer, r.value());
                }
            }
        }
        notices.add(Ui.text("search.notice.value_ignored", capitalised(first.problem()), facet.id() + ":" + (quoted ? "\"" + typed + "\"" : typed)));
        return null;
    }

    /** How many terms the text leaves after analysis (0: only stop words or punctuation). */
    int terms(String text) {
        try (TokenStream stream = analysis.tokenStream(IndexFields.TEXT, text)) {
            stream.reset();
            int n = 0;
            while (stream.incrementToken()) n++;
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
