package org.upright.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A Working Group session: number, cycle, year and, where known, its dates (ISO yyyy-mm-dd). */
public record Session(int number, int cycle, int year, String startsOn, String endsOn) {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** "21 May – 4 June 2012" when the dates are known, else the year. */
    public String dates() {
        try {
            LocalDate from = LocalDate.parse(startsOn);
            LocalDate to = LocalDate.parse(endsOn);
            String first = from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY_MONTH_YEAR.format(from);
            return first + " – " + DAY_MONTH_YEAR.format(to);
        } catch (DateTimeParseException | NullPointerException e) {
            return Integer.toString(year);
        }
    }

    /** The dates in the reader's language, for pages; {@link #dates()} stays English for feeds and the API. */
    public String localDates() {
        try {
            return org.upright.i18n.Ui.days(LocalDate.parse(startsOn), LocalDate.parse(endsOn));
        } catch (DateTimeParseException | NullPointerException e) {
            return Integer.toString(year);
        }
    }
}
