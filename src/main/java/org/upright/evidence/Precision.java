package org.upright.evidence;

import java.util.Locale;

/** How much of a date the text gives: "27 February 2019" a day, "March 2018" a month, "mid-2016" a year. */
public enum Precision {
    DAY, MONTH, YEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
