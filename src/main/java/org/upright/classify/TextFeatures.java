package org.upright.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a recommendation's text into the terms the models count: words, word pairs, character n-grams inside
 * words, and the leading phrase ("continue to", "consider ratifying") that decides the action category.
 * Texts are cut at {@link #MAX_CHARS} characters: recommendations are a few hundred characters long, and a
 * 20,000-character paste says nothing more about its issues than its first few thousand.
 */
final class TextFeatures {
    static final int MAX_CHARS = 3000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFeatures() {
    }

    /** Lower case, no diacritics, typographic quotes made plain, cut to {@link #MAX_CHARS}. */
    static String normalize(String text) {
        if (text == null) return "";
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        return t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The words of a normalised text: runs of letters and digits (an apostrophe ends a word). */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean letter = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) {
                words.add(normalized.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Words and, when {@code bigrams}, each pair of neighbouring words ("death penalty"). */
    static List<String> wordTerms(List<String> words, boolean bigrams) {
        List<String> terms = new ArrayList<>(words.size() * 2);
        terms.addAll(words);
        if (bigrams) for (int i = 1; i < words.size(); i++) terms.add(words.get(i - 1) + ' ' + words.get(i));
        return terms;
    }

    /** Character n-grams of length min..max of each word padded with a space on both sides. */
    static List<String> charTerms(List<String> words, int min, int max) {
        List<String> terms = new ArrayList<>(words.size() * 12);
        StringBuilder padded = new StringBuilder();
        for (String w : words) {
            padded.setLength(0);
            padded.append(' ').append(w).append(' ');
            int len = padded.length();
            for (int n = min; n <= max; n++) {
                if (n > len) break;
                for (int i = 0; i + n <= len; i++) terms.add(padded.substring(i, i + n));
            }
        }
        return terms;
    }

    /** Filler a recommendation may start with before its verb: "Also continue", "Further strengthen". */
    private static final java.util.Set<String> LEAD_FILLER = java.util.Set.of(
            "also", "further", "to", "that", "the", "government", "should", "and", "please", "kindly", "urgently",
            "promptly", "immediately", "swiftly", "fully", "effectively", "duly", "actively", "expeditiously",
            "resolutely", "seriously", "positively", "favourably", "favorably", "similarly", "equally", "in",
            "order", "as", "well", "its", "efforts", "a", "an");

    /**
     * The leading phrase: the first words once filler is skipped, as "lead1=continue", "lead2=continue to",
     * "lead3=…", and the verb that follows "to" in the opening ("continue to strengthen" → "then=strengthen").
     */
    static List<String> leadTerms(List<String> words) {
        List<String> terms = new ArrayList<>(6);
        int i = 0;
        while (i < words.size() - 1 && i < 4 && LEAD_FILLER.contains(words.get(i))) i++;
        if (i >= words.size()) return terms;
        String w1 = words.get(i);
        terms.add("lead1=" + w1);
        if (i + 1 < words.size()) terms.add("lead2=" + w1 + ' ' + words.get(i + 1));
        if (i + 2 < words.size()) terms.add("lead3=" + w1 + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        for (int j = i + 1; j < Math.min(words.size() - 1, i + 6); j++) {
            if (words.get(j).equals("to")) {
                terms.add("then=" + words.get(j + 1));
                break;
            }
        }
        if (i > 0) terms.add("lead0=" + words.get(0));
        return terms;
    }
}
