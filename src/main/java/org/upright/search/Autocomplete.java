package org.upright.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Suggestions for the query box as a person types: states by any of their names (each offered as state under
 * review and as recommending state) and issues and themes; names that start with what was typed come before
 * names with a word that does ("kingdom" → United Kingdom).
 */
final class Autocomplete {
    private record Candidate(int rank, int kindOrder, Suggestion suggestion) {
    }

    private final StateDirectory states;
    private final FacetValues values;

    Autocomplete(StateDirectory states, FacetValues values) {
        this.states = states;
        this.values = values;
    }

    List<Suggestion> suggest(String prefix, int count) {
        String key = fold(prefix == null ? "" : prefix);
        if (key.isEmpty() || count <= 0) return List.of();
        List<Candidate> found = new ArrayList<>();
        for (State state : states.all()) {
            int rank = states.namesOf(state.code()).stream().mapToInt(name -> rank(fold(name), key)).min().orElse(-1);
            if (rank < 0 || rank == Integer.MAX_VALUE) continue;
            String code = state.code().value();
            found.add(new Candidate(rank, 0, new Suggestion(state.name(), Facet.SUR.id(), "sur:" + code)));
            found.add(new Candidate(rank, 1, new Suggestion(state.name(), Facet.RS.id(), "rs:" + code)));
        }
        labels(Facet.ISSUE, 2, key, found);
        labels(Facet.THEME, 3, key, found);
        return found.stream()
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::kindOrder)
                        .thenComparing(c -> c.suggestion().label(), String.CASE_INSENSITIVE_ORDER))
                .limit(count).map(Candidate::suggestion).toList();
    }

    private void labels(Facet facet, int kindOrder, String key, List<Candidate> found) {
        for (String label : values.known(facet)) {
            int rank = rank(fold(label), key);
            if (rank == Integer.MAX_VALUE) continue;
            String insert = facet.id() + ":" + (label.matches("[A-Za-z0-9]+") ? label : "\"" + label + "\"");
            found.add(new Candidate(rank, kindOrder, new Suggestion(label, facet.id(), insert)));
        }
    }

    /** 0: the name starts with the key; 1: a word in it does; MAX_VALUE: neither. */
    private static int rank(String name, String key) {
        if (name.startsWith(key)) return 0;
        return name.contains(" " + key) ? 1 : Integer.MAX_VALUE;
    }

    /** Lower case, no diacritics, punctuation as spaces: "Côte d'Ivoire" → "cote d ivoire". */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
