package org.upright.evidence;

import java.time.LocalDate;

/**
 * A date as precise as the text gives it; {@link #iso()} writes only what is known (2019-11-07, 2018-03, 2016).
 * {@code first} is its first day, so dates of different precision still sort.
 */
public record PartialDate(LocalDate first, Precision precision) {
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> String.valueOf(first.getYear());
        };
    }

    /** The last day the date can mean. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
