package org.upright.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.Response;

/**
 * One recommendation and, for each other cycle, the recommendation it is most surely linked to: the same demand made
 * again review after review. Pure: built from the steps and whether the latest is still open.
 *
 * @param steps oldest first
 * @param open  whether the latest recommendation of the chain is still open (no source says it was fully implemented)
 */
public record RepeatChain(List<Step> steps, boolean open) {
    public record Step(RecommendationId id, int session, int cycle, int year, Response response) {
    }

    public RepeatChain {
        steps = steps.stream().sorted(Comparator.comparingInt(Step::session).thenComparing(s -> s.id().value())).toList();
    }

    /** A chain only when the recommendation repeats or is repeated. */
    public boolean repeated() {
        return steps.size() > 1;
    }

    /** "Recommended in 2010, 2014 and 2019; noted twice, supported once; still open." — or null for no chain. */
    public String sentence() {
        if (!repeated()) return null;
        List<String> years = new TreeSet<>(steps.stream().map(s -> Integer.toString(s.year())).toList()).stream().toList();
        Map<Response, Integer> counts = new EnumMap<>(Response.class);
        int unanswered = 0;
        for (Step s : steps) {
            if (s.response() == null) unanswered++;
            else counts.merge(s.response(), 1, Integer::sum);
        }
        List<String> answers = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Response, Integer> e) -> -e.getValue()).thenComparing(e -> e.getKey().ordinal()))
                .forEach(e -> answers.add(e.getKey().label().toLowerCase(java.util.Locale.ROOT) + " " + times(e.getValue())));
        if (unanswered > 0) answers.add("unanswered " + times(unanswered));
        return "Recommended in " + and(years) + "; " + String.join(", ", answers) + "; "
                + (open ? "still open." : "fully implemented by every source's latest word.");
    }

    private static final List<String> SMALL = List.of("three", "four", "five", "six", "seven", "eight", "nine", "ten");

    static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> (n - 3 < SMALL.size() ? SMALL.get(n - 3) : Integer.toString(n)) + " times";
        };
    }

    private static String and(List<String> words) {
        if (words.size() == 1) return words.getFirst();
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
