package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.upright.common.Language;
import org.upright.i18n.Ui;
import org.upright.review.Session;
import org.upright.state.StateRef;

/**
 * One review on the calendar: a state in a session, on a known day or within the session's dates (or only its
 * year), held in the record, confirmed by a schedule, or expected from the order of reviews.
 */
public record CalendarEntry(StateRef state, Session session, LocalDate reviewOn, Status status, List<Deadline> deadlines) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public enum Status {
        HELD, SCHEDULED, EXPECTED;

        /** The status in the reader's language. */
        public String label() {
            return switch (this) {
                case HELD -> Ui.text("calendar.status.held");
                case SCHEDULED -> Ui.text("calendar.status.scheduled");
                case EXPECTED -> Ui.text("calendar.status.expected");
            };
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The review day, else the session's first day; null when only the year is known. */
    public LocalDate firstDay() {
        return reviewOn != null ? reviewOn : parse(session.startsOn());
    }

    /** The review day, else the session's last day; null when only the year is known. */
    public LocalDate lastDay() {
        return reviewOn != null ? reviewOn : parse(session.endsOn());
    }

    /** "7 November 2019", the session's dates, or its year. */
    public String when() {
        return reviewOn != null ? day(reviewOn) : session.localDates();
    }

    /** {@link #when()} in English whatever the reader's language, for the iCalendar feeds. */
    public String whenInEnglish() {
        return reviewOn != null ? DAY.format(reviewOn) : session.dates();
    }

    public boolean upcoming(LocalDate today) {
        LocalDate last = lastDay();
        return last != null ? !last.isBefore(today) : session.year() >= today.getYear();
    }

    /** "12 days from now", "under way", "3 years ago"… or "expected in 2030" when only the year is known; in the reader's language. */
    public String fromNow(LocalDate today) {
        LocalDate first = firstDay();
        // a year is a name, not a count: passed as text so no language groups its digits
        String year = Integer.toString(session.year());
        if (first == null) return session.year() < today.getYear() ? Ui.text("calendar.when.in_year", year) : Ui.text("calendar.when.expected_in", year);
        if (first.isBefore(today) && !lastDay().isBefore(today)) return Ui.text("calendar.when.under_way");
        long days = ChronoUnit.DAYS.between(today, first);
        if (days == 0) return Ui.text("calendar.when.today");
        if (days == 1) return Ui.text("calendar.when.tomorrow");
        if (days == -1) return Ui.text("calendar.when.yesterday");
        long n = Math.abs(days);
        boolean ahead = days > 0;
        if (n < 60) return ahead ? Ui.text("calendar.when.days_ahead", n) : Ui.text("calendar.when.days_ago", n);
        if (n < 730) {
            long months = Math.round(n / 30.44);
            return ahead ? Ui.text("calendar.when.months_ahead", months) : Ui.text("calendar.when.months_ago", months);
        }
        long years = Math.round(n / 365.25);
        return ahead ? Ui.text("calendar.when.years_ahead", years) : Ui.text("calendar.when.years_ago", years);
    }

    /** A day as English has always read here ("7 November 2019"), or as the reader's language writes it. */
    static String day(LocalDate d) {
        return Ui.lang() == Language.EN ? DAY.format(d) : Ui.date(d);
    }

    public String sessionUrl() {
        return "/sessions/" + session.number();
    }

    private static LocalDate parse(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
