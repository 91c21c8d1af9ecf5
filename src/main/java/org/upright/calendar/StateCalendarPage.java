package org.upright.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upright.state.StateRef;

/**
 * A state's reviews, past and next, with the dates around each, and the form editors confirm a review day with:
 * what was typed and the problem beside each field.
 */
public record StateCalendarPage(StateRef state, List<CalendarPage.Row> reviews, Map<String, String> typed,
                                Map<String, String> problems) {

    static StateCalendarPage of(StateRef state, List<CalendarEntry> entries, LocalDate today, Map<String, String> typed,
                                Map<String, String> problems) {
        List<CalendarPage.Row> rows = entries.reversed().stream().map(e -> CalendarPage.Row.of(e, today)).toList();
        return new StateCalendarPage(state, rows, typed, problems);
    }

    /** The next review, or null when the calendar knows none for the state. */
    public CalendarPage.Row next() {
        return reviews.stream().filter(CalendarPage.Row::upcoming).reduce((a, b) -> b).orElse(null);
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String feedUrl() {
        return "/states/" + state.code() + "/calendar.ics";
    }
}
