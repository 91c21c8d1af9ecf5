package org.upright.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.MatchCandidate;

/**
 * Decides whether a recommendation read from a file is one the review already holds. Sources differ: UPR Info
 * has no paragraph numbers and sometimes shortens texts, reports keep numbers, spellings of quotes and dashes
 * vary. So: the same paragraph with a similar text, else the same normalised text, else a text that contains
 * the other's words almost entirely, made by at least one of the same states. Two items of one file are never
 * merged: a file lists each recommendation once.
 */
public final class RecommendationMatcher {
    /** Share of the shorter text's words the longer one must hold for two texts to count as one. */
    static final double CONTAINMENT = 0.85;
    /** Below this many words a text must match exactly: "Ratify CAT" says too little to be matched loosely. */
    static final int SHORT_TEXT_WORDS = 6;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<Entry>> byParagraph = new HashMap<>();

    /** A stored recommendation as the matcher sees it. */
    public static final class Entry {
        private MatchCandidate candidate;
        private final Set<String> words;
        private final String key;

        Entry(MatchCandidate candidate) {
            this.candidate = candidate;
            this.key = Texts.matchKey(candidate.text());
            this.words = words(key);
        }

        public MatchCandidate candidate() {
            return candidate;
        }
    }

    public RecommendationMatcher(List<MatchCandidate> stored) {
        stored.forEach(this::add);
    }

    public void add(MatchCandidate candidate) {
        Entry e = new Entry(candidate);
        entries.add(e);
        byKey.computeIfAbsent(e.key, k -> new ArrayList<>()).add(e);
        if (candidate.paragraph() != null) byParagraph.computeIfAbsent(candidate.paragraph(), k -> new ArrayList<>()).add(e);
    }

    /** Replaces what is known of a stored recommendation after it took in a new row. */
    public void replace(MatchCandidate updated) {
        entries.stream().filter(e -> e.candidate.id().equals(updated.id())).findFirst().ifPresent(e -> {
            entries.remove(e);
            byKey.getOrDefault(e.key, new ArrayList<>()).remove(e);
            if (e.candidate.paragraph() != null) byParagraph.getOrDefault(e.candidate.paragraph(), new ArrayList<>()).remove(e);
        });
        add(updated);
    }

    public Optional<MatchCandidate> match(ParsedRecommendation item, long sourceFile) {
        String key = Texts.matchKey(item.text());
        Set<String> words = words(key);
        if (item.paragraph() != null && item.paragraphReliable()) {
            for (Entry e : byParagraph.getOrDefault(item.paragraph(), List.of())) {
                if (eligible(e, item, sourceFile) && containment(words, e.words) >= 0.5) return Optional.of(e.candidate);
            }
        }
        for (Entry e : byKey.getOrDefault(key, List.of())) {
            if (eligible(e, item, sourceFile) && paragraphsAgree(e, item)) return Optional.of(e.candidate);
        }
        if (words.size() < SHORT_TEXT_WORDS) return Optional.empty();
        Entry best = null;
        double bestScore = CONTAINMENT;
        for (Entry e : entries) {
            if (e.words.size() < SHORT_TEXT_WORDS || !eligible(e, item, sourceFile) || !paragraphsAgree(e, item)
                    || !statesOverlap(e.candidate.recommendingStates(), item.recommendingStates())) {
                continue;
            }
            double score = lengthsComparable(words, e.words) ? containment(words, e.words) : 0;
            if (score >= bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Entry::candidate);
    }

    private static boolean eligible(Entry e, ParsedRecommendation item, long sourceFile) {
        return !e.candidate.sourceFiles().contains(sourceFile) && e.candidate.pledge() == item.pledge();
    }

    /** Equal, or one lost its leading part: a damaged copy turns "126.45" into "45". */
    static boolean paragraphsAgree(String stored, String incoming) {
        return stored == null || incoming == null || stored.equals(incoming)
                || stored.endsWith("." + incoming) || incoming.endsWith("." + stored);
    }

    private static boolean paragraphsAgree(Entry e, ParsedRecommendation item) {
        return !item.paragraphReliable() || paragraphsAgree(e.candidate.paragraph(), item.paragraph());
    }

    private static boolean statesOverlap(Set<StateCode> stored, List<StateCode> incoming) {
        if (stored.isEmpty() || incoming.isEmpty()) return true;
        return !Collections.disjoint(stored, incoming);
    }

    /** A shortened text keeps most of the original; a six-word text inside a sixty-word one is another text. */
    private static boolean lengthsComparable(Set<String> a, Set<String> b) {
        return Math.min(a.size(), b.size()) >= 0.3 * Math.max(a.size(), b.size());
    }

    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) if (large.contains(w)) shared++;
        return (double) shared / small.size();
    }

    private static Set<String> words(String key) {
        Set<String> words = new HashSet<>();
        for (String w : key.split(" ")) if (!w.isEmpty()) words.add(w);
        return words;
    }
}
