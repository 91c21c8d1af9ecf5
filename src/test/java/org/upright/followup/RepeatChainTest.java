package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.Response;
import org.upright.search.Resemblance;

/** The chain's sentence and the scoring of links, as pure functions. */
class RepeatChainTest {
    static RepeatChain.Step step(long id, int session, int year, Response response) {
        return new RepeatChain.Step(new RecommendationId(id), session, session <= 12 ? 1 : session <= 26 ? 2 : 3, year, response);
    }

    @Test
    void a_chain_says_the_years_in_order_how_the_state_answered_and_whether_it_is_still_open() {
        RepeatChain chain = new RepeatChain(List.of(step(3, 33, 2019, Response.SUPPORTED), step(1, 7, 2010, Response.NOTED),
                step(2, 20, 2014, Response.NOTED)), true);
        assertThat(chain.sentence()).isEqualTo("Recommended in 2010, 2014 and 2019; noted twice, supported once; still open.");
        assertThat(chain.steps()).extracting(RepeatChain.Step::year).containsExactly(2010, 2014, 2019);
    }

    @Test
    void a_chain_implemented_in_full_and_one_never_answered_say_so() {
        assertThat(new RepeatChain(List.of(step(1, 1, 2008, Response.SUPPORTED), step(2, 13, 2012, Response.SUPPORTED)), false).sentence())
                .isEqualTo("Recommended in 2008 and 2012; supported twice; fully implemented by every source's latest word.");
        assertThat(new RepeatChain(List.of(step(1, 1, 2008, null), step(2, 13, 2012, Response.PENDING)), true).sentence())
                .isEqualTo("Recommended in 2008 and 2012; pending once, unanswered once; still open.");
    }

    @Test
    void a_recommendation_alone_is_no_chain() {
        RepeatChain alone = new RepeatChain(List.of(step(1, 13, 2012, Response.NOTED)), true);
        assertThat(alone.repeated()).isFalse();
        assertThat(alone.sentence()).isNull();
    }

    @Test
    void shared_labels_raise_a_score_towards_one_but_never_past_it_and_no_labels_leave_it_alone() {
        assertThat(RepeatService.score(0.6, 0, 0)).isEqualTo(0.6);
        assertThat(RepeatService.score(0.6, 0, 3)).isEqualTo(0.6);
        assertThat(RepeatService.score(0.6, 2, 2)).isEqualTo(0.7);
        assertThat(RepeatService.score(0.6, 1, 2)).isEqualTo(0.65);
        assertThat(RepeatService.score(1.0, 2, 2)).isEqualTo(1.0);
    }

    @Test
    void links_keep_candidates_above_the_least_score_at_most_three_per_earlier_cycle_and_never_a_later_cycle() {
        Recommendation later = rec(100, 27, 3);
        Map<RecommendationId, Recommendation> all = new java.util.HashMap<>();
        all.put(later.id(), later);
        List<Resemblance> candidates = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Recommendation earlier = rec(i, 13, 2);
            all.put(earlier.id(), earlier);
            candidates.add(new Resemblance(earlier.id(), 13, 2, 2012, 0.5 + i / 10.0));
        }
        Recommendation cycle1 = rec(6, 1, 1);
        Recommendation weak = rec(7, 1, 1);
        Recommendation sameCycle = rec(8, 27, 3);
        for (Recommendation r : List.of(cycle1, weak, sameCycle)) all.put(r.id(), r);
        candidates.add(new Resemblance(cycle1.id(), 1, 1, 2008, 0.55));
        candidates.add(new Resemblance(weak.id(), 1, 1, 2008, RepeatService.MIN_SCORE - 0.01));
        candidates.add(new Resemblance(sameCycle.id(), 27, 3, 2017, 0.99));

        List<RepeatLink> kept = RepeatService.links(later, candidates, all);
        assertThat(kept).extracting(l -> l.earlier().value()).containsExactly(5L, 4L, 3L, 6L);
        assertThat(kept).allSatisfy(l -> assertThat(l.later()).isEqualTo(later.id()));
    }

    static Recommendation rec(long id, int session, int cycle) {
        return new Recommendation(new RecommendationId(id), null, org.upright.common.StateCode.of("DZA"), session, cycle, null,
                "text " + id, List.of(), Response.NOTED, true, false, null, List.of());
    }
}
