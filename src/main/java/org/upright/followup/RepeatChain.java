package org.upright.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.upright.i18n.Ui;
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
                .forEach(e -> answers.add(Ui.text("repeats.chain.times", lower(Ui.term("response", e.getKey().label())), e.getValue())));
        if (unanswered > 0) answers.add(Ui.text("repeats.chain.times", Ui.text("repeats.chain.unanswered"), unanswered));
        return Ui.text("repeats.chain", Ui.and(years), String.join(Ui.text("record.comma"), answers),
                open ? Ui.text("repeats.chain.open") : Ui.text("repeats.chain.closed"));
    }

    private static String lower(String word) {
        return word.toLowerCase(Ui.lang().locale().toLocale());
    }
}
