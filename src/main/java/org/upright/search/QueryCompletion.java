package org.upright.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Completes what is being typed in the query box: the last words, completed to a state or an issue, each
 * suggestion the whole query it makes ("death pen" → issue:"Death penalty", "torture kaza" → torture sur:KAZ).
 */
public final class QueryCompletion {
    /** A suggestion with the query it makes when taken. */
    public record Completed(String label, String kind, String kindTitle, String insert, String query) {
        /** The search it makes: a link, so a suggestion works by keyboard and without script. */
        public String href() {
            return SearchUrl.of("/search", SearchRequest.of(query));
        }
    }

    /** Names and issues run to a few words ("Iran (Islamic Republic of)" is typed as "iran isl…"). */
    private static final int MAX_WORDS = 3;

    private final SearchService search;

    QueryCompletion(SearchService search) {
        this.search = search;
    }

    /** Up to count completions; the longest run of last words that completes to anything wins. */
    List<Completed> complete(String query, int count) {
        if (query == null || query.isBlank() || query.endsWith(" ")) return List.of();
        List<String> words = Arrays.asList(query.strip().split("\\s+"));
        for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
            String tail = String.join(" ", words.subList(words.size() - n, words.size()));
            // a word that is already a field or a phrase is the person's own syntax: leave it be
            if (tail.contains(":") || tail.contains("\"")) return List.of();
            List<Suggestion> found = search.suggest(tail, count);
            if (found.isEmpty()) continue;
            String head = String.join(" ", words.subList(0, words.size() - n));
            List<Completed> completed = new ArrayList<>();
            for (Suggestion s : found) {
                completed.add(new Completed(s.label(), s.kind(), kindTitle(s.kind()), s.insert(),
                        head.isEmpty() ? s.insert() : head + " " + s.insert()));
            }
            return completed;
        }
        return List.of();
    }

    private static String kindTitle(String kind) {
        return Facet.byId(kind == null ? "" : kind)
                .map(f -> f.shownTitle().toLowerCase(Locale.forLanguageTag(org.upright.i18n.Ui.code()))).orElse(kind);
    }
}
