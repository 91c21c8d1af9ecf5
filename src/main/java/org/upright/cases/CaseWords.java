package org.upright.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of cases and of queries for cases, folded alike in Java, since a database folds case only for the
 * letters it knows (SQLite's LIKE only for A–Z): "Ержан" and "ЕРЖАН", "Nurlan" and "Nurlán", "مُحَمَّد" and
 * "محمد" become the same word.
 */
final class CaseWords {
    static final int MAX_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Scripts written without spaces, where one character is already a word (a Chinese surname). */
    private static final Pattern IDEOGRAPH = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private CaseWords() {
    }

    /** The text folded: compatibility forms unified, marks (accents, Arabic vowel signs, tatweel) dropped, lower case. */
    static String fold(String text) {
        if (text == null) return "";
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(bare.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFKC);
    }

    /**
     * The plain words of a query, folded, letters and digits only (no patterns), at most eight: field clauses
     * ({@code sur:KAZ}), excluded words ({@code -word}) and the operators of the search language are left out,
     * since they speak of recommendations. A word has two characters or more, unless it is an ideograph.
     */
    static List<String> of(String query) {
        if (query == null) return List.of();
        List<String> words = new ArrayList<>();
        for (String token : query.strip().split("\\s+")) {
            if (token.contains(":") || token.startsWith("-") || token.matches("AND|OR|NOT")) continue;
            for (String w : NOT_WORD.split(fold(token))) {
                boolean word = w.codePointCount(0, w.length()) >= 2 || IDEOGRAPH.matcher(w).find();
                if (word && words.size() < MAX_WORDS && !words.contains(w)) words.add(w);
            }
        }
        return words;
    }
}
