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
 * before: a pure function of three counts tables, so the evaluation can rank with one cycle's data and compare with
 * the next. The weights favour the direct record (it raised the topic with this state before), then its habit with
 * the state's neighbours and with this state on any topic, then how much it raises the topic anywhere — the last
 * being all the popularity baseline knows.
 */
public final class LobbyingModel {
    static final double DIRECT = 0.35;
    static final double NEIGHBOURS = 0.25;
    static final double ENGAGED = 0.25;
    static final double POPULAR = 0.15;

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
    }

    /** One candidate's numbers before they are worded. */
    public record Scored(String rs, double score, long toState, long toNeighbours, int neighboursReached, long onTopic,
                         long supported, long answered, long toStateAnyTopic) {
    }

    private final Counts topic;
    private final Counts anyTopic;
    private final Counts supported;
    private final Counts answered;

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
    }

    /** Every state that recommended on the topic or to this state before, best first; the state itself left out. */
    public List<Scored> rank(String sur, Collection<String> neighbours) {
        Set<String> candidates = new HashSet<>(topic.byState().keySet());
        anyTopic.byState().forEach((rs, cells) -> {
            if (cells.getOrDefault(sur, 0L) > 0) candidates.add(rs);
        });
        candidates.remove(sur);
        long mostOnTopic = Math.max(1, candidates.stream().mapToLong(topic::total).max().orElse(1));
        List<Scored> out = new ArrayList<>();
        for (String rs : candidates) {
            long toState = topic.get(rs, sur);
            long toNeighbours = 0;
            int reached = 0;
            int neighboursOnTopic = 0;
            for (String n : neighbours) {
                if (n.equals(sur) || n.equals(rs)) continue;
                long c = topic.get(rs, n);
                toNeighbours += c;
                if (c > 0) reached++;
                if (topicReached(n)) neighboursOnTopic++;
            }
            long onTopic = topic.total(rs);
            long any = anyTopic.get(rs, sur);
            double score = DIRECT * (toState > 0 ? 0.6 + 0.4 * Math.min(1, toState / 3.0) : 0)
                    + NEIGHBOURS * (neighboursOnTopic == 0 ? 0 : (double) reached / neighboursOnTopic)
                    + ENGAGED * Math.min(1, Math.log1p(any) / Math.log1p(10))
                    + POPULAR * Math.log1p(onTopic) / Math.log1p(mostOnTopic);
            out.add(new Scored(rs, score, toState, toNeighbours, reached, onTopic, supported.total(rs), answered.total(rs), any));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::rs));
        return out;
    }

    /** The popularity baseline: the states that made the most recommendations on the topic, to anyone. */
    public List<String> popular(String sur) {
        return topic.byState().keySet().stream().filter(rs -> !rs.equals(sur))
                .sorted(Comparator.comparingLong((String rs) -> topic.total(rs)).reversed().thenComparing(rs -> rs)).toList();
    }

    private final Map<String, Boolean> reachedCache = new HashMap<>();

    /** Whether any state recommended on the topic to this one. */
    private boolean topicReached(String sur) {
        return reachedCache.computeIfAbsent(sur, s -> topic.byState().values().stream().anyMatch(c -> c.getOrDefault(s, 0L) > 0));
    }
}
