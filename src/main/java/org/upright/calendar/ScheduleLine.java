package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.review.Session;
import org.upright.state.State;
import org.upright.state.StateLookup;

/**
 * Checks one review's days as typed — a line of a schedule file or the calendar's form — and names each problem by
 * its field, so a file can say "line 4: review_date …" and a form can show it beside the field.
 */
final class ScheduleLine {
    static final String STATE = "state";
    static final String SESSION = "session";
    static final String REVIEW_DATE = "review_date";
    static final String STAKEHOLDERS = "stakeholders_due";
    static final String NATIONAL = "national_report_due";
    static final String ADOPTION = "adoption";
    static final List<String> FIELDS = List.of(STATE, SESSION, REVIEW_DATE, STAKEHOLDERS, NATIONAL, ADOPTION);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The review read, or the problems by field (the review is null then). */
    record Checked(ScheduledReview review, Map<String, String> problems) {
    }

    private final StateLookup states;
    private final List<Session> sessions;

    ScheduleLine(StateLookup states, List<Session> sessions) {
        this.states = states;
        this.sessions = sessions;
    }

    Checked check(Map<String, String> typed, String source) {
        Map<String, String> problems = new LinkedHashMap<>();
        String stateText = cell(typed, STATE);
        State state = stateText.isEmpty() ? null : states.find(stateText).orElse(null);
        if (state == null) problems.put(STATE, stateText.isEmpty() ? "Name the state under review."
                : "No state is known by the code or name '" + stateText + "'; use a code such as KAZ.");
        Integer session = session(cell(typed, SESSION), problems);
        LocalDate reviewOn = day(typed, REVIEW_DATE, problems);
        if (reviewOn == null && !problems.containsKey(REVIEW_DATE)) problems.put(REVIEW_DATE, "Give the day of the review.");
        LocalDate stakeholders = day(typed, STAKEHOLDERS, problems);
        LocalDate national = day(typed, NATIONAL, problems);
        LocalDate adoption = day(typed, ADOPTION, problems);
        if (session != null && reviewOn != null) {
            Session known = ReviewOrder.session(session, sessions);
            if (known.startsOn() != null && known.endsOn() != null
                    && (reviewOn.isBefore(LocalDate.parse(known.startsOn())) || reviewOn.isAfter(LocalDate.parse(known.endsOn())))) {
                problems.put(REVIEW_DATE, reviewOn + " is not within session " + session + " (" + known.dates()
                        + "); check the session number or the day.");
            }
        }
        if (reviewOn != null) {
            before(problems, STAKEHOLDERS, stakeholders, reviewOn);
            before(problems, NATIONAL, national, reviewOn);
            if (adoption != null && !adoption.isAfter(reviewOn)) {
                problems.put(ADOPTION, adoption + " is not after the review on " + reviewOn + "; the outcome is adopted after the review.");
            }
        }
        if (!problems.isEmpty()) return new Checked(null, problems);
        return new Checked(new ScheduledReview(state.code(), session, reviewOn, national, stakeholders, adoption, source), problems);
    }

    private static void before(Map<String, String> problems, String field, LocalDate deadline, LocalDate reviewOn) {
        if (deadline != null && !deadline.isBefore(reviewOn)) {
            problems.put(field, deadline + " is not before the review on " + reviewOn + "; submissions are due before the review.");
        }
    }

    private Integer session(String text, Map<String, String> problems) {
        int last = sessions.getLast().number() + 2 * ReviewOrder.SESSIONS_PER_CYCLE;
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= last) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        problems.put(SESSION, "'" + text + "' is not a Working Group session number (1 to " + last + ").");
        return null;
    }

    private static LocalDate day(Map<String, String> typed, String field, Map<String, String> problems) {
        String text = cell(typed, field);
        if (text.isEmpty()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, WRITTEN);
            } catch (DateTimeParseException written) {
                problems.put(field, "'" + text + "' is not a day; write it 2019-11-07 or 7 November 2019.");
                return null;
            }
        }
    }

    private static String cell(Map<String, String> typed, String field) {
        String value = typed.get(field);
        return value == null ? "" : value.trim();
    }
}
