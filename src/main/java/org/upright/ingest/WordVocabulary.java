package org.upright.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole words the record spells, with how often it spells each: the evidence a damaged word is repaired
 * against. A word is letters (of any script) joined by hyphens or apostrophes, so "non-citizens" and "Māori" are one
 * word each; a full stop, question mark or replacement character ends a word, which is why a word a lossy source
 * damaged ("non.citizens", "M?ori") never counts as evidence for itself.
 */
final class WordVocabulary {
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’‐‑][\\p{L}\\p{M}]+)*");

    /** Spellings by length, lower-cased, with their counts: a damaged word is compared with words of its length only. */
    private final Map<Integer, Map<String, Integer>> byLength = new HashMap<>();

    void add(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            byLength.computeIfAbsent(word.length(), n -> new HashMap<>()).merge(word, 1, Integer::sum);
        }
    }

    /**
     * The character the record proves was lost between {@code left} and {@code right}: the one that, put there,
     * spells the word the record spells most often that way, seen at least twice and clearly more often than any
     * other (at least twice as often); none when the record holds no such word or two compete.
     */
    java.util.OptionalInt lostCharacter(String left, String right) {
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        Map<Integer, Integer> votes = new HashMap<>();
        for (Map.Entry<String, Integer> e : byLength.getOrDefault(l.length() + 1 + r.length(), Map.of()).entrySet()) {
            String word = e.getKey();
            if (word.startsWith(l) && word.endsWith(r)) votes.merge(word.codePointAt(l.length()), e.getValue(), Integer::sum);
        }
        int best = -1;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
            if (v.getValue() > bestCount) {
                second = bestCount;
                best = v.getKey();
                bestCount = v.getValue();
            } else if (v.getValue() > second) {
                second = v.getValue();
            }
        }
        if (bestCount < 2 || bestCount < 2 * second) return java.util.OptionalInt.empty();
        return java.util.OptionalInt.of(best);
    }
}
