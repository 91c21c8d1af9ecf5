package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date around a review: the stakeholders' and the state's submissions before it, the adoption of the outcome
 * after. {@code estimated} when no schedule gave it: then only its month is meant.
 */
public record Deadline(String what, LocalDate on, boolean estimated) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public static final String STAKEHOLDERS = "Stakeholder submissions due";
    public static final String NATIONAL_REPORT = "National report due";
    public static final String ADOPTION = "Outcome adopted by the Human Rights Council";

    /** "4 March 2019", or "about March 2019" when estimated. */
    public String when() {
        return estimated ? "about " + MONTH.format(on) : DAY.format(on);
    }
}
