package org.upright.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationId;

/** Where links between repeated recommendations are kept, with people's decisions and each linking run. */
public interface RepeatStore {
    /** Every link the recommendation is part of, as the earlier or the later one. */
    List<RepeatLink> of(RecommendationId recommendation);

    Optional<RepeatLink> link(RecommendationId earlier, RecommendationId later);

    /**
     * Replaces what linking found for these later recommendations with {@code found}: links nobody decided on that
     * were not found again go, found ones get their new score, and a decided link keeps its decision.
     */
    void replaceFound(Collection<RecommendationId> later, Collection<RepeatLink> found, String now);

    void decide(RecommendationId earlier, RecommendationId later, RepeatLink.Decision decision, String by, String at);

    void recordRun(String finishedAt, int recommendations, int links, long tookMs);

    /** When linking over the whole record last finished; empty if it never ran. */
    Optional<String> lastRun();

    /** Every link between recommendations to the state (both ends of a link are always to the same state). */
    List<RepeatLink> ofState(StateCode state);

    /** The recommendations to the state that repeat an earlier one by a link nobody rejected. */
    Set<RecommendationId> repeatingOf(StateCode state);
}
