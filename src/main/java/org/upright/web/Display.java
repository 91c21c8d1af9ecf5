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

    /**
     * The text cut to at most {@code max} characters at a word boundary, with "…" when cut: a title or heading
     * names a query without repeating twenty thousand characters of it.
     */
    public static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        // never split a surrogate pair
        if (Character.isHighSurrogate(t.charAt(cut - 1))) cut--;
        return t.substring(0, cut).strip() + "…";
    }
}
