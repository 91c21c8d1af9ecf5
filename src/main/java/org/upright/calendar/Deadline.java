package org.upright.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.common.Language;
import org.upright.i18n.Ui;

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

    /** "4 March 2019", or "about March 2019" when estimated; in the reader's language. */
    public String when() {
        if (Ui.lang() == Language.EN) return estimated ? "about " + MONTH.format(on) : DAY.format(on);
        if (!estimated) return Ui.date(on);
        com.ibm.icu.text.SimpleDateFormat month = new com.ibm.icu.text.SimpleDateFormat("LLLL y", Ui.lang().locale());
        month.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return Ui.text("calendar.about", month.format(java.util.Date.from(on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    }

    /** What is due, in the reader's language (the feed keeps the English {@link #what()}). */
    public String shown() {
        return switch (what) {
            case STAKEHOLDERS -> Ui.text("calendar.deadline.stakeholders");
            case NATIONAL_REPORT -> Ui.text("calendar.deadline.national_report");
            case ADOPTION -> Ui.text("calendar.deadline.adoption");
            default -> what;
        };
    }
}
