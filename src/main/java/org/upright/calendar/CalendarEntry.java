package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.upright.review.Session;
import org.upright.state.StateRef;

/**
 * One review on the calendar: a state in a session, on a known day or within the session's dates (or only its
 * year), held in the record, confirmed by a schedule, or expected from the order of reviews.
 */
public record CalendarEntry(StateRef state, Session session, LocalDate reviewOn, Status status, List<Deadline> deadlines) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public enum Status {
        HELD("in the record"), SCHEDULED("confirmed"), EXPECTED("expected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
        return reviewOn != null ? DAY.format(reviewOn) : session.dates();
    }

    public boolean upcoming(LocalDate today) {
        LocalDate last = lastDay();
        return last != null ? !last.isBefore(today) : session.year() >= today.getYear();
    }

    /** "12 days from now", "under way", "3 years ago"… or "expected in 2030" when only the year is known. */
    public String fromNow(LocalDate today) {
        LocalDate first = firstDay();
        if (first == null) return (session.year() < today.getYear() ? "in " : "expected in ") + session.year();
        if (first.isBefore(today) && !lastDay().isBefore(today)) return "under way";
        long days = ChronoUnit.DAYS.between(today, first);
        if (days == 0) return "today";
        if (days == 1) return "tomorrow";
        if (days == -1) return "yesterday";
        String span = span(Math.abs(days));
        return days > 0 ? (span.startsWith("about") ? "in " + span : span + " from now") : span + " ago";
    }

    private static String span(long days) {
        if (days < 60) return days + " days";
        if (days < 730) return "about " + Math.round(days / 30.44) + " months";
        return "about " + Math.round(days / 365.25) + " years";
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
