package org.upright.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static Session s(int number, int year) {
        return new Session(number, number <= 12 ? 1 : 2, year, null, null);
    }

    @Test
    void consecutive_sessions_are_said_as_runs_with_their_years() {
        Coverage c = new Coverage(List.of(s(2, 2008), s(1, 2008), s(3, 2008), s(20, 2014), s(21, 2015), s(34, 2019)));
        assertThat(c.describe()).isEqualTo("sessions 1–3 (2008), 20–21 (2014–2015) and 34 (2019)");
    }

    @Test
    void one_session_and_none_are_said_plainly() {
        assertThat(new Coverage(List.of(s(20, 2014))).describe()).isEqualTo("session 20 (2014)");
        assertThat(new Coverage(List.of()).describe()).isEqualTo("no session");
        assertThat(new Coverage(List.of()).isEmpty()).isTrue();
    }
}
