package org.upright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.review.Session;

class ReviewOrderTest {
    private static List<Integer> reviews(int first, int count) {
        List<Integer> sessions = new ArrayList<>(List.of(first));
        while (sessions.size() < count) sessions.add(ReviewOrder.next(sessions.getLast()));
        return sessions;
    }

    @Test
    void kazakhstan_keeps_its_place_in_the_order_of_reviews_from_cycle_to_cycle() {
        assertThat(reviews(7, 4)).containsExactly(7, 20, 34, 48);
    }

    @Test
    void the_first_and_the_last_states_of_cycle_one_open_and_close_cycle_two() {
        assertThat(reviews(1, 4)).containsExactly(1, 13, 27, 41);
        assertThat(ReviewOrder.next(12)).isEqualTo(26);
    }

    @Test
    void every_session_of_cycle_one_leads_into_cycle_two_in_order() {
        List<Integer> next = new ArrayList<>();
        for (int s = 1; s <= 12; s++) next.add(ReviewOrder.next(s));
        assertThat(next).isSorted().allMatch(n -> n >= 13 && n <= 26);
    }

    @Test
    void a_session_beyond_the_calendar_is_estimated_by_cycle_and_year_without_dates() {
        List<Session> known = List.of(new Session(53, 4, 2026, null, null), new Session(54, 4, 2027, null, null));
        Session estimated = ReviewOrder.session(62, known);
        assertThat(estimated.cycle()).isEqualTo(5);
        assertThat(estimated.year()).isEqualTo(2030);
        assertThat(estimated.startsOn()).isNull();
        assertThat(ReviewOrder.session(54, known)).isSameAs(known.getLast());
    }
}
