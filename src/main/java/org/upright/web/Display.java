package org.upright.web;

import java.util.Locale;

/** How numbers read on the pages: "1,234" and "1 recommendation" / "2 recommendations". */
public final class Display {
    private Display() {
    }

    public static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    public static String count(long n, String singular) {
        return number(n) + " " + (n == 1 ? singular : singular + "s");
    }
}
