package org.upright.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A state's recommendations read in the order of their report: paragraph numbers by number, newest session first. */
class ParagraphOrderTest {
    /** Paragraph numbers as the reports write them, in the order a reader meets them. */
    private static final List<String> READING_ORDER = List.of("9", "10", "77.2", "77.5", "77.10", "77.11", "77.100",
            "105.9", "105.10", "A-1", "A-2", "A-10");

    @Test
    void paragraph_77_5_comes_before_77_10_although_text_order_says_otherwise() {
        assertThat("77.10").isLessThan("77.5");
        assertThat(ParagraphOrder.INSTANCE.compare("77.5", "77.10")).isNegative();
        assertThat(ParagraphOrder.INSTANCE.compare("77.10", "77.5")).isPositive();
        assertThat(ParagraphOrder.INSTANCE.compare("77.10", "77.10")).isZero();
    }

    @Test
    void a_recommendation_without_a_paragraph_number_comes_last_and_very_long_numbers_do_not_overflow() {
        assertThat(ParagraphOrder.INSTANCE.compare(null, "1")).isPositive();
        assertThat(ParagraphOrder.INSTANCE.compare(" ", "1")).isPositive();
        assertThat(ParagraphOrder.INSTANCE.compare(null, null)).isZero();
        assertThat(ParagraphOrder.INSTANCE.compare("99999999999999999999999.1", "100000000000000000000000.1")).isNegative();
        assertThat(ParagraphOrder.INSTANCE.compare("77.05", "77.5")).isZero();
    }

    @ParameterizedTest(name = "shuffled with seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026})
    void shuffled_paragraph_numbers_sort_back_into_reading_order(long seed) {
        List<String> shuffled = new ArrayList<>(READING_ORDER);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(ParagraphOrder.INSTANCE);
        assertThat(shuffled).containsExactlyElementsOf(READING_ORDER);
    }

    @Test
    void the_newest_session_comes_first_then_the_paragraphs_of_each_report_in_order() {
        RecommendationKey old5 = key(1, 6, 1, "77.5"), old10 = key(2, 6, 1, "77.10"), new2 = key(3, 34, 3, "128.2"),
                new10 = key(4, 34, 3, "128.10"), unnumbered = key(5, 34, 3, null);
        List<RecommendationKey> keys = new ArrayList<>(List.of(old10, unnumbered, new10, old5, new2));
        keys.sort(RecommendationKey.NEWEST_IN_PARAGRAPH_ORDER);
        assertThat(keys).containsExactly(new2, new10, unnumbered, old5, old10);
    }

    private static RecommendationKey key(long id, int session, int cycle, String paragraph) {
        return new RecommendationKey(new RecommendationId(id), session, cycle, paragraph, null);
    }
}
