package org.upright.calendar;

import java.time.LocalDate;
import java.util.List;
import org.upright.i18n.Ui;

/** What comes next for each state: its next review (or the one under way), soonest first. */
public record CalendarPage(String today, List<Row> rows) {
    /** One state's next review as the page says it: "Kazakhstan: review on 7 November 2019, 12 days from now". */
    public record Row(CalendarEntry entry, String fromNow, boolean upcoming) {
        public static Row of(CalendarEntry entry, LocalDate today) {
            return new Row(entry, entry.fromNow(today), entry.upcoming(today));
        }

        public String sentence() {
            String state = Ui.state(entry.state());
            if (entry.reviewOn() != null) return Ui.text("calendar.sentence.on", state, entry.when(), fromNow);
            if (entry.firstDay() != null) return Ui.text("calendar.sentence.session_dates", state, entry.session().number(), entry.when(), fromNow);
            return Ui.text("calendar.sentence.session", state, entry.session().number(), fromNow);
        }

        /** An expected review already past is one the record lacks, not one still to be confirmed. */
        public String statusLabel() {
            return entry.status() == CalendarEntry.Status.EXPECTED && !upcoming ? Ui.text("calendar.status.expected_missing") : entry.status().label();
        }

        public String url() {
            return "/calendar/" + entry.state().code();
        }
    }

    static CalendarPage of(List<CalendarEntry> next, LocalDate today) {
        return new CalendarPage(CalendarEntry.day(today), next.stream().map(e -> Row.of(e, today)).toList());
    }
}
