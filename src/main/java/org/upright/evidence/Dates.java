package org.upright.evidence;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways press releases write them: "27 February 2019", "May 2, 2013", "March 2018",
 * "mid-2016", "in 2011", "from 7 to 18 November 2022", and "On 7 November" (the year then comes from the anchor:
 * the publication date, else the latest year the text writes out). Month names come from ICU's English symbols.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String MONTH;

    static {
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.ENGLISH);
        String[] full = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        String[] abbr = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i].toLowerCase(Locale.ROOT), i + 1);
            alternatives.add(full[i]);
            String a = abbr[i].replace(".", "");
            // "May" is both; "Sept" is written too
            if (!a.equalsIgnoreCase(full[i])) {
                MONTHS.put(a.toLowerCase(Locale.ROOT), i + 1);
                alternatives.add(a + "\\.?");
            }
        }
        MONTHS.put("sept", 9);
        alternatives.add("Sept\\.?");
        alternatives.sort((x, y) -> y.length() - x.length());
        MONTH = "(" + String.join("|", alternatives) + ")";
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern DAY_RANGE = Pattern.compile(
            "\\b" + DAY + "\\s*(?:-|–|to|and)\\s*" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b");
    /** "5 April", "5th April", and "the 5th of April" (only after an ordinal: "5 of April" is more often a count). */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "(?:(?<=st|nd|rd|th)\\s+of)?\\s+" + MONTH
            + "(?:,?\\s+" + YEAR + ")?\\b");
    /**
     * Dates in figures: ISO (2015-06-26) and day first with dots or slashes (26.06.2015, 26/06/2015), as UN and most
     * non-US texts write them; with slashes a first number over 12 can only be a day and a second over 12 only a
     * day written US-style (06/26/2015).
     */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d.\\-/])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d\\-])");
    private static final Pattern FIGURES_DAY = Pattern.compile("(?<![\\d.\\-/])(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + "(?![\\d/]|\\.\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,\\s*" + YEAR + ")?\\b(?![:.]\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(early|mid|late)-?\\s*)?" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|since|until|by|from|of|last|this)\\s+(?:early\\s+|mid-|late\\s+)?" + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d/.-])(?:(?:mid|early|late)-?\\s*)?" + YEAR + "(?![\\d/])");

    private Dates() {
    }

    /** "7 November 2019", "March 2018", "2016". */
    public static String spoken(PartialDate d) {
        String month = new DateFormatSymbols(ULocale.ENGLISH).getMonths()[d.first().getMonthValue() - 1];
        return switch (d.precision()) {
            case DAY -> d.first().getDayOfMonth() + " " + month + " " + d.first().getYear();
            case MONTH -> month + " " + d.first().getYear();
            case YEAR -> String.valueOf(d.first().getYear());
        };
    }

    /** The latest year the text writes out in full (1900–2099), or 0. */
    public static int latestYear(String text) {
        int latest = 0;
        Matcher m = YEAR_ALONE.matcher(text);
        while (m.find()) latest = Math.max(latest, Integer.parseInt(m.group(1)));
        return latest;
    }

    /** Every date in the text, in order, none overlapping another; {@code anchor} may be null. */
    public static List<DateMention> find(String text, LocalDate anchor) {
        List<DateMention> found = new ArrayList<>();
        int anchorYear = anchor != null ? anchor.getYear() : latestYear(text);
        Matcher m = DAY_RANGE.matcher(text);
        while (m.find()) {
            int month = month(m.group(3));
            boolean anchored = m.group(4) == null;
            int year = anchored ? anchorYear : Integer.parseInt(m.group(4));
            if (year == 0) continue;
            PartialDate from = day(year, month, Integer.parseInt(m.group(1)));
            PartialDate to = day(year, month, Integer.parseInt(m.group(2)));
            if (from != null && to != null) add(found, text, from, to, m.start(), m.end(), anchored);
        }
        m = ISO_DAY.matcher(text);
        while (m.find()) figures(found, text, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = FIGURES_DAY.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1)), second = Integer.parseInt(m.group(3));
            boolean usStyle = m.group(2).equals("/") && second > 12 && first <= 12;
            figures(found, text, m, Integer.parseInt(m.group(4)), usStyle ? first : second, usStyle ? second : first);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) dayOf(found, text, m, Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), anchorYear, anchor);
        m = MONTH_DAY.matcher(text);
        while (m.find()) dayOf(found, text, m, Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), anchorYear, anchor);
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            PartialDate d = new PartialDate(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), 1), Precision.MONTH);
            add(found, text, d, null, m.start(), m.end(), false);
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            if (anchorYear == 0) continue;
            int month = month(m.group(1));
            LocalDate first = LocalDate.of(anchorYear, month, 1);
            // a month without a year is the latest one before the anchor, or up to half a year after it (a coming review)
            if (anchor != null && first.isAfter(anchor.plusMonths(6))) first = first.minusYears(1);
            add(found, text, new PartialDate(first, Precision.MONTH), null, m.start(1), m.end(), true);
        }
        m = YEAR_ALONE.matcher(text);
        while (m.find()) {
            if (!yearContext(text, m.start(), m.end())) continue;
            add(found, text, new PartialDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), Precision.YEAR), null,
                    m.start(), m.end(), false);
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(found);
    }

    /** A bare year is a date when it is not a count ("2011 religion law" is a year too: the law's). */
    private static boolean yearContext(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
        if (after.matches("^\\s*(people|persons|protesters|members|cases|times|percent|%|km).*")) return false;
        return true;
    }

    private static void dayOf(List<DateMention> found, String text, Matcher m, int day, int month, String yearText,
                              int anchorYear, LocalDate anchor) {
        boolean anchored = yearText == null;
        int year = anchored ? anchorYear : Integer.parseInt(yearText);
        if (year == 0) return;
        PartialDate d = day(year, month, day);
        if (d == null) return;
        if (anchored && anchor != null && d.first().isAfter(anchor.plusMonths(6))) d = day(year - 1, month, day);
        if (d != null) add(found, text, d, null, m.start(), m.end(), anchored);
    }

    private static void figures(List<DateMention> found, String text, Matcher m, int year, int month, int day) {
        if (month < 1 || month > 12) return;
        PartialDate d = day(year, month, day);
        if (d != null) add(found, text, d, null, m.start(), m.end(), false);
    }

    private static PartialDate day(int year, int month, int day) {
        try {
            return new PartialDate(LocalDate.of(year, month, day), Precision.DAY);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static void add(List<DateMention> found, String text, PartialDate d, PartialDate until, int start, int end,
                            boolean anchored) {
        Span span = new Span(start, end);
        for (DateMention f : found) if (f.span().overlaps(span)) return;
        found.add(new DateMention(d, until, Clauses.around(text, span), span, anchored, anchored ? 0.6 : 0.9));
    }
}
