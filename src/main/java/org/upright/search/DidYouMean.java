package org.upright.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": a whole corrected query that finds something. For each word that matches nothing (or, when the
 * search found almost nothing, very little), the closest words of the index within two edits are candidates,
 * taken from the terms themselves so no dictionary has to be kept. Of every way to combine the candidates, the one
 * kept finds the words side by side most often (so "domestic violance" becomes "domestic violence", not "domestic
 * view"), then finds them at all most often, then uses the most frequent words.
 */
final class DidYouMean {
    /** Below this many hits a rare word is worth a second look. */
    private static final int FEW_HITS = 5;
    private static final int RARE = 2;
    /** Candidates weighed for each misspelt word, and combinations weighed in all. */
    private static final int CANDIDATES = 5;
    private static final int COMBINATIONS = 256;
    /** A longer word is no misspelling of a word of the index (a pasted code, a damaged text): left alone. */
    private static final int LONGEST = 40;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final LuceneQueries queries;

    DidYouMean(LuceneQueries queries) {
        this.queries = queries;
    }

    /** One word of the query: where it stands and the forms it may take (the first is what was typed). */
    private record Slot(int words, int part, List<String> forms, List<Integer> freqs) {
    }

    /** The query with its misspelt words corrected, or null when no correction finds anything. */
    String suggest(IndexReader reader, QueryNode root, List<QueryNode.Words> words, long hits) throws IOException {
        List<String[]> parts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String[] split = words.get(w).typed().split("\\s+");
            parts.add(split);
            for (int p = 0; p < split.length; p++) {
                Slot slot = slot(reader, w, p, split[p], hits);
                if (slot != null) slots.add(slot);
            }
        }
        if (slots.isEmpty()) return null;
        IndexSearcher searcher = new IndexSearcher(reader);
        long[] best = null;
        List<String[]> bestParts = null;
        for (int[] choice : choices(slots.stream().mapToInt(s -> s.forms().size()).toArray())) {
            List<String[]> tried = new ArrayList<>();
            for (String[] p : parts) tried.add(p.clone());
            long freq = 0;
            boolean changed = false;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                tried.get(s.words())[s.part()] = s.forms().get(choice[i]);
                freq += s.freqs().get(choice[i]);
                changed |= choice[i] > 0;
            }
            if (!changed) continue;
            long together = count(searcher, List.<String[]>of(joined(tried)));
            long apart = count(searcher, tried);
            long[] score = {together, apart, freq};
            if (apart > 0 && (best == null || compare(score, best) > 0)) {
                best = score;
                bestParts = tried;
            }
        }
        if (bestParts == null) return null;
        Map<String, String> replace = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            String corrected = String.join(" ", bestParts.get(w));
            if (!corrected.equals(words.get(w).typed())) replace.put(words.get(w).typed(), corrected);
        }
        return replace.isEmpty() ? null : root.render(replace);
    }

    /** The word's forms worth weighing, the typed one first; null when the word is fine as it is. */
    private Slot slot(IndexReader reader, int w, int p, String word, long hits) throws IOException {
        if (word.length() > LONGEST || !word.chars().allMatch(Character::isLetter)) return null;
        String stem = queries.stem(word);
        if (stem == null) return null;
        Term term = new Term(IndexFields.TEXT, stem);
        int freq = reader.docFreq(term);
        if (freq > 0 && (hits >= FEW_HITS || freq > RARE)) return null;
        SuggestMode mode = freq == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        Set<String> forms = new LinkedHashSet<>();
        List<Integer> freqs = new ArrayList<>();
        forms.add(word);
        freqs.add(freq);
        // the word as typed as well as its stem: a misspelling can stem oddly ("violance" → "viol", near "view")
        for (String near : new LinkedHashSet<>(List.of(queries.normal(word), stem))) {
            for (SuggestWord s : checker.suggestSimilar(new Term(IndexFields.TEXT, near), CANDIDATES, reader, mode)) {
                if (forms.add(s.string)) freqs.add(s.freq);
            }
        }
        if (forms.size() == 1) return null;
        return new Slot(w, p, List.copyOf(forms), freqs);
    }

    /** Every words group of the query joined into one phrase: the words side by side. */
    private static String[] joined(List<String[]> parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) all.addAll(List.of(p));
        return new String[] {String.join(" ", all)};
    }

    /** Hits holding every group (each group a phrase of its words). */
    private long count(IndexSearcher searcher, List<String[]> groups) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String[] group : groups) {
            Query q = queries.phrase(String.join(" ", group));
            if (q == null) return 0;
            all.add(q, Occur.FILTER);
        }
        return searcher.count(all.build());
    }

    /** Every choice of one form per slot (counting in mixed radix), at most {@link #COMBINATIONS} of them. */
    private static List<int[]> choices(int[] sizes) {
        List<int[]> all = new ArrayList<>();
        int[] choice = new int[sizes.length];
        while (all.size() < COMBINATIONS) {
            all.add(choice.clone());
            int i = 0;
            while (i < sizes.length && ++choice[i] == sizes[i]) choice[i++] = 0;
            if (i == sizes.length) break;
        }
        return all;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Long.compare(a[i], b[i]);
        return 0;
    }
}
