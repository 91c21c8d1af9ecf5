package org.upright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.NotAllowed;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.state.StateLookup;

/** The calendar over the real extracts: Algeria reviewed in session 13, Kazakhstan in session 20. */
class CalendarServiceTest {
    static final StateCode KAZ = StateCode.of("KAZ");
    static final String HEADER = "state,session,review_date,stakeholders_due,national_report_due,adoption\n";

    @TempDir
    Path dir;
    TestWorld world;
    JooqScheduleStore schedule;

    @BeforeEach
    void world() {
        world = TestWorld.withRealExtracts(dir);
        schedule = new JooqScheduleStore(world.app().database());
    }

    @AfterEach
    void close() {
        world.close();
    }

    CalendarService on(String day) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new CalendarService(world.app().reviews(), schedule, new StateLookup(world.app().states()), world.app().events(), clock);
    }

    @Test
    void without_a_schedule_kazakhstans_next_review_is_expected_in_session_34() {
        List<CalendarEntry> entries = on("2019-10-26").ofState(KAZ);
        assertThat(entries).extracting(e -> e.session().number()).containsExactly(20, 34);
        CalendarEntry next = entries.getLast();
        assertThat(next.status()).isEqualTo(CalendarEntry.Status.EXPECTED);
        assertThat(next.when()).as("CLDR writes the month once, with thin spaces around the dash").isEqualTo("4\u2009–\u200915 November 2019");
        assertThat(next.fromNow(LocalDate.parse("2019-10-26"))).isEqualTo("9 days from now");
        assertThat(entries.getFirst().status()).isEqualTo(CalendarEntry.Status.HELD);
    }

    @Test
    void a_schedule_file_confirms_the_day_and_the_calendar_says_how_far_off_it_is() {
        CalendarService calendar = on("2019-10-26");
        int saved = calendar.importSchedule(Viewer.cli(), HEADER + "Kazakhstan,34,7 November 2019,2019-03-28,2019-08-05,\n", "schedule.csv");
        assertThat(saved).isEqualTo(1);
        CalendarEntry next = calendar.upcoming().stream().filter(e -> e.state().code().equals("KAZ")).findFirst().orElseThrow();
        assertThat(CalendarPage.Row.of(next, calendar.today()).sentence()).isEqualTo("Kazakhstan: review on 7 November 2019, 12 days from now");
        assertThat(next.status()).isEqualTo(CalendarEntry.Status.SCHEDULED);
        assertThat(next.deadlines()).extracting(Deadline::when).containsExactly("28 March 2019", "5 August 2019", "about March 2020");
        assertThat(next.deadlines()).extracting(Deadline::estimated).containsExactly(false, false, true);
    }

    @Test
    void years_after_the_last_review_in_the_record_the_reviews_in_between_are_expected_and_the_next_known_only_by_year() {
        List<CalendarEntry> entries = on("2026-12-04").ofState(KAZ);
        assertThat(entries).extracting(e -> e.session().number()).containsExactly(20, 34, 48, 62);
        assertThat(entries.subList(1, 4)).allMatch(e -> e.status() == CalendarEntry.Status.EXPECTED);
        assertThat(entries.get(2).fromNow(LocalDate.parse("2026-12-04"))).isEqualTo("about 22 months ago");
        assertThat(entries.getLast().firstDay()).isNull();
        assertThat(entries.getLast().fromNow(LocalDate.parse("2026-12-04"))).isEqualTo("expected in 2030");
    }

    @Test
    void a_state_the_record_and_the_schedule_never_mention_has_no_calendar() {
        assertThat(on("2019-10-26").ofState(StateCode.of("FRA"))).isEmpty();
    }

    @Test
    void upcoming_lists_each_known_state_once_soonest_first() {
        CalendarService calendar = on("2016-06-01");
        assertThat(calendar.upcoming()).extracting(e -> e.state().code() + " " + e.session().number())
                .containsExactly("DZA 27", "KAZ 34");
    }

    @Test
    void a_schedule_file_with_any_wrong_line_names_every_problem_and_keeps_nothing() {
        String file = HEADER
                + "Kazakhstan,34,2019-11-07,,,\n"
                + "Atlantis,34,2019-11-07,,,\n"
                + "Algeria,27,31 February 2017,,,\n"
                + "Algeria,28,2017-05-02,,,\n"
                + "Kazakhstan,thirty,2019-11-07,,,\n"
                + "Kazakhstan,34,2019-11-07,2019-12-01,,2019-11-01\n"
                + "Kazakhstan,34,2019-11-07,,,\n";
        assertThatThrownBy(() -> on("2019-10-26").importSchedule(Viewer.cli(), file, "bad.csv"))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("Nothing was imported")
                .hasMessageContaining("line 3: state: No state is known by the code or name 'Atlantis'")
                .hasMessageContaining("line 4: review_date: '31 February 2017' is not a day")
                .hasMessageContaining("line 5: review_date: 2017-05-02 is not within session 28 (6 November – 17 November 2017)")
                .hasMessageContaining("line 6: session: 'thirty' is not a Working Group session number")
                .hasMessageContaining("line 7: stakeholders_due: 2019-12-01 is not before the review")
                .hasMessageContaining("line 7: adoption: 2019-11-01 is not after the review")
                .hasMessageContaining("line 8: KAZ in session 34 is already on an earlier line");
        assertThat(schedule.all()).isEmpty();
    }

    @Test
    void a_schedule_file_without_its_columns_or_without_lines_is_refused_with_what_to_write() {
        CalendarService calendar = on("2019-10-26");
        assertThatThrownBy(() -> calendar.importSchedule(Viewer.cli(), "", "empty.csv"))
                .hasMessageContaining("The schedule file is empty; its first line names the columns state, session, review_date");
        assertThatThrownBy(() -> calendar.importSchedule(Viewer.cli(), "country,date\nKazakhstan,2019-11-07\n", "other.csv"))
                .hasMessageContaining("lacks the columns state, session, review_date; it names country, date");
        assertThatThrownBy(() -> calendar.importSchedule(Viewer.cli(), HEADER, "header-only.csv"))
                .hasMessageContaining("holds no review");
        assertThatThrownBy(() -> calendar.importSchedule(Viewer.cli(), "x".repeat(ScheduleFile.MAX_CHARS + 1), "huge.csv"))
                .hasMessageContaining("larger than 1000 kB");
        assertThat(schedule.all()).isEmpty();
    }

    @Test
    void only_editors_change_the_calendar() {
        assertThatThrownBy(() -> on("2019-10-26").importSchedule(Viewer.anonymous("10.0.0.1"), HEADER + "KAZ,34,2019-11-07\n", "s.csv"))
                .isInstanceOf(NotAllowed.class);
        assertThat(schedule.all()).isEmpty();
    }

    @Test
    void a_line_ending_of_any_kind_and_a_byte_order_mark_read_alike() {
        CalendarService calendar = on("2019-10-26");
        calendar.importSchedule(Viewer.cli(), "\uFEFF" + HEADER.replace("\n", "\r") + "KAZ,34,2019-11-07\r", "mac.csv");
        assertThat(schedule.ofState(KAZ)).extracting(ScheduledReview::reviewOn).containsExactly(LocalDate.parse("2019-11-07"));
    }
}
