package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What comes next for each state: its next review (or the one under way), soonest first. */
public record CalendarPage(String today, List<Row> rows) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One state's next review as the page says it: "Kazakhstan: review on 7 November 2019, 12 days from now". */
    public record Row(CalendarEntry entry, String fromNow, boolean upcoming) {
        public static Row of(CalendarEntry entry, LocalDate today) {
            return new Row(entry, entry.fromNow(today), entry.upcoming(today));
        }

        public String sentence() {
            String on = entry.reviewOn() != null ? "review on " + entry.when()
                    : entry.firstDay() != null ? "review in session " + entry.session().number() + ", " + entry.when()
                    : "review in session " + entry.session().number();
            return entry.state().name() + ": " + on + ", " + fromNow;
        }

        /** An expected review already past is one the record lacks, not one still to be confirmed. */
        public String statusLabel() {
            return entry.status() == CalendarEntry.Status.EXPECTED && !upcoming ? "expected, not in the record" : entry.status().label();
        }

        public String url() {
            return "/calendar/" + entry.state().code();
        }
    }

    static CalendarPage of(List<CalendarEntry> next, LocalDate today) {
        return new CalendarPage(DAY.format(today), next.stream().map(e -> Row.of(e, today)).toList());
    }
}
