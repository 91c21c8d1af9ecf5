package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The who-to-lobby score as a pure function of counts: each tie to the state moves a recommender up. */
class LobbyingModelTest {
    /** FRA and GBR recommend as much on the topic; only FRA raised it with KAZ before. */
    private static final LobbyingModel.Counts TOPIC = new LobbyingModel.Counts(Map.of(
            "FRA", Map.of("KAZ", 2L, "BRA", 2L),
            "GBR", Map.of("UZB", 2L, "BRA", 2L),
            "NOR", Map.of("KGZ", 1L, "TJK", 1L, "UZB", 1L),
            "USA", Map.of("BRA", 9L)));
    private static final LobbyingModel.Counts ANY = new LobbyingModel.Counts(Map.of(
            "FRA", Map.of("KAZ", 5L, "BRA", 4L, "UZB", 3L),
            "GBR", Map.of("UZB", 5L, "BRA", 4L, "KAZ", 1L),
            "NOR", Map.of("KGZ", 2L, "TJK", 2L, "UZB", 2L),
            "USA", Map.of("BRA", 12L),
            "KAZ", Map.of("UZB", 3L)));
    private static final List<String> CENTRAL_ASIA = List.of("KGZ", "TJK", "UZB", "TKM");

    private static LobbyingModel model() {
        return new LobbyingModel(TOPIC, ANY, TOPIC, TOPIC);
    }

    private static List<String> ranked(LobbyingModel.Weights weights) {
        return model().rank("KAZ", CENTRAL_ASIA, weights).stream().map(LobbyingModel.Scored::rs).toList();
    }

    @Test
    void with_no_weights_the_model_is_the_popularity_baseline() {
        assertThat(ranked(new LobbyingModel.Weights(0, 0, 0)).subList(0, 4)).isEqualTo(model().popular("KAZ"));
    }

    @Test
    void having_raised_the_topic_with_the_state_before_breaks_a_tie_of_volume() {
        List<String> ranked = ranked(new LobbyingModel.Weights(0, 0.5, 0));
        assertThat(ranked.indexOf("FRA")).isLessThan(ranked.indexOf("GBR"));
    }

    @Test
    void raising_the_topic_with_the_neighbours_moves_a_smaller_recommender_up() {
        assertThat(ranked(new LobbyingModel.Weights(0, 0, 0)).indexOf("NOR")).isEqualTo(3);
        assertThat(ranked(new LobbyingModel.Weights(0, 0, 4)).indexOf("NOR")).isLessThan(3);
    }

    @Test
    void the_state_itself_is_never_a_candidate_and_the_evidence_counts_are_kept() {
        List<LobbyingModel.Scored> ranked = model().rank("KAZ", CENTRAL_ASIA);
        assertThat(ranked).extracting(LobbyingModel.Scored::rs).doesNotContain("KAZ");
        LobbyingModel.Scored france = ranked.stream().filter(s -> s.rs().equals("FRA")).findFirst().orElseThrow();
        assertThat(france.toState()).isEqualTo(2);
        assertThat(france.onTopic()).isEqualTo(4);
        assertThat(france.toStateAnyTopic()).isEqualTo(5);
    }
}
