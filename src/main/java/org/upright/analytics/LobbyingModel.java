package org.upright.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.search.CrossTable;

/**
 * Who is likely to raise a topic with a state at its next review, scored from what each recommending state did
 * before: a pure function of counts tables, so the evaluation can rank with one cycle's data and compare with the
 * next. The score starts from how much the state recommends on the topic anywhere (all the popularity baseline
 * knows, on a log scale) and multiplies it up for what ties it to this state: it spoke at this state's last review,
 * it raised the topic with this state, it raised the topic with this state's regional neighbours. The weights were
 * chosen on the UPR Info issues, cycle 1 → 2 (bench/lobbying --grid), and checked on free-text topics.
 */
public final class LobbyingModel {
    /**
     * How much each tie multiplies the score: 1 + weight when the tie holds (for neighbours, in proportion to the
     * share of the neighbours it spoke to that it raised the topic with). All zero, the model is the baseline.
     */
    public record Weights(double spoke, double direct, double neighbours) {
        public static final Weights CHOSEN = new Weights(0, 0.5, 0.5);
    }

    /** Counts by recommending state, then by state under review (codes). */
    public record Counts(Map<String, Map<String, Long>> byState) {
        public static Counts of(CrossTable table) {
            Map<String, Map<String, Long>> m = new HashMap<>();
            for (CrossTable.Row r : table.rows()) m.put(r.value(), r.cells());
            return new Counts(m);
        }

        long get(String rs, String sur) {
            return byState.getOrDefault(rs, Map.of()).getOrDefault(sur, 0L);
        }

        long total(String rs) {
            return byState.getOrDefault(rs, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        /** The states under review it addressed. */
        int reach(String rs) {
            return (int) byState.getOrDefault(rs, Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !e.getKey().isEmpty()).count();
        }
    }

    /** One candidate's numbers before they are worded. */
    public record Scored(String rs, double score, long toState, long toNeighbours, int neighboursReached, long onTopic,
                         long supported, long answered, long toStateAnyTopic) {
    }

    private final Counts topic;
    private final Counts anyTopic;
    private final Counts supported;
    private final Counts answered;
    private final Set<String> reviewed = new HashSet<>();

    /**
     * @param topic     recommendations on the topic, by recommending state and state under review
     * @param anyTopic  all recommendations, by recommending state and state under review
     * @param supported recommendations on the topic supported, by recommending state and state under review
     * @param answered  recommendations on the topic supported or noted, likewise
     */
    public LobbyingModel(Counts topic, Counts anyTopic, Counts supported, Counts answered) {
        this.topic = topic;
        this.anyTopic = anyTopic;
        this.supported = supported;
        this.answered = answered;
        anyTopic.byState().values().forEach(cells -> cells.forEach((sur, n) -> {
            if (n > 0 && !sur.isEmpty()) reviewed.add(sur);
        }));
    }

    /** Every state that recommended on the topic or to this state before, best first; the state itself left out. */
    public List<Scored> rank(String sur, Collection<String> neighbours) {
        return rank(sur, neighbours, Weights.CHOSEN);
    }

    public List<Scored> rank(String sur, Collection<String> neighbours, Weights weights) {
        Set<String> candidates = new HashSet<>(topic.byState().keySet());
        anyTopic.byState().forEach((rs, cells) -> {
            if (cells.getOrDefault(sur, 0L) > 0) candidates.add(rs);
        });
        candidates.remove(sur);
        List<String> region = neighbours.stream().filter(n -> !n.equals(sur) && reviewed.contains(n)).toList();
        List<Scored> out = new ArrayList<>();
        for (String rs : candidates) {
            long toState = topic.get(rs, sur);
            long toNeighbours = 0;
            int reached = 0;
            int spokeInRegion = 0;
            for (String n : region) {
                if (n.equals(rs)) continue;
                long c = topic.get(rs, n);
                toNeighbours += c;
                if (c > 0) reached++;
                if (anyTopic.get(rs, n) > 0) spokeInRegion++;
            }
            long any = anyTopic.get(rs, sur);
            long onTopic = topic.total(rs);
            double score = Math.log1p(onTopic) * (1 + weights.spoke() * (any > 0 ? 1 : 0))
                    * (1 + weights.direct() * (toState > 0 ? 1 : 0))
                    * (1 + weights.neighbours() * (spokeInRegion == 0 ? 0 : (double) reached / spokeInRegion));
            out.add(new Scored(rs, score, toState, toNeighbours, reached, topic.total(rs), supported.total(rs),
                    answered.total(rs), any));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::rs));
        return out;
    }

    /** The popularity baseline: the states that made the most recommendations on the topic, to anyone. */
    public List<String> popular(String sur) {
        return topic.byState().keySet().stream().filter(rs -> !rs.equals(sur))
                .sorted(Comparator.comparingLong((String rs) -> topic.total(rs)).reversed().thenComparing(rs -> rs)).toList();
    }
}
