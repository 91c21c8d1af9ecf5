package org.upright.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.upright.common.Language;

/**
 * ICU's number and date formats, made once per language and shared. Making one costs more than using it a hundred
 * times (a state's page formats hundreds of counts). Requests run on virtual threads, so a format per thread would be
 * a format per request; an ICU format may not be used by two threads at once, so each use holds its lock.
 */
final class Formats {
    private static final Map<String, Object> MADE = new ConcurrentHashMap<>();
    private static final Map<String, String> WRITTEN = new ConcurrentHashMap<>();
    private static final int MAX_WRITTEN = 50_000;

    private Formats() {
    }

    /** Counts below this are written once per language and kept: a map or a table writes hundreds of them. */
    private static final int KEPT_COUNTS = 10_000;
    private static final Map<Language, String[]> COUNTS = new ConcurrentHashMap<>();

    /** Decimals below 0: as many as the number has, as for counts. */
    static String number(Language language, int decimals, Number n) {
        if (decimals < 0 && (n instanceof Long || n instanceof Integer) && n.longValue() >= 0 && n.longValue() < KEPT_COUNTS) {
            String[] kept = COUNTS.computeIfAbsent(language, l -> new String[KEPT_COUNTS]);
            int i = n.intValue();
            // two threads may both write a count: they write the same (immutable) string, so no lock is needed
            if (kept[i] == null) kept[i] = formatted(language, decimals, n);
            return kept[i];
        }
        return formatted(language, decimals, n);
    }

    private static String formatted(Language language, int decimals, Number n) {
        NumberFormat f = number(language, decimals);
        synchronized (f) {
            return f.format(n);
        }
    }

    /** A day as the language writes it in full; like spans, each day is written once per language and kept. */
    static String longDate(ULocale locale, java.util.Date day) {
        String key = locale + "|" + day.getTime();
        String written = WRITTEN.get(key);
        if (written != null) return written;
        DateFormat f = longDate(locale);
        synchronized (f) {
            written = f.format(day);
        }
        if (WRITTEN.size() < MAX_WRITTEN) WRITTEN.put(key, written);
        return written;
    }

    static String moment(ULocale locale, java.util.Date at) {
        DateFormat f = made("m" + locale, key -> {
            DateFormat made = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
            made.setTimeZone(TimeZone.GMT_ZONE);
            return made;
        });
        synchronized (f) {
            return f.format(at);
        }
    }

    /**
     * A span of days as the language writes it. The record has a few hundred sessions, each written on many pages,
     * and an interval format is slow to apply: each span is written once per language and kept.
     */
    static String days(ULocale locale, com.ibm.icu.util.DateInterval span) {
        String key = locale + "|" + span.getFromDate() + "|" + span.getToDate();
        String written = WRITTEN.get(key);
        if (written != null) return written;
        written = format(days(locale), span);
        if (WRITTEN.size() < MAX_WRITTEN) WRITTEN.put(key, written);
        return written;
    }

    private static String format(DateIntervalFormat f, com.ibm.icu.util.DateInterval span) {
        synchronized (f) {
            return f.format(span);
        }
    }

    private static NumberFormat number(Language language, int decimals) {
        return made("n" + decimals + language.code(), key -> {
            NumberFormat f = NumberFormat.getInstance(language.locale());
            if (decimals >= 0) {
                f.setMinimumFractionDigits(decimals);
                f.setMaximumFractionDigits(decimals);
            }
            return f;
        });
    }

    private static DateFormat longDate(ULocale locale) {
        return made("d" + locale, key -> {
            DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, locale);
            f.setTimeZone(TimeZone.GMT_ZONE);
            return f;
        });
    }

    private static DateIntervalFormat days(ULocale locale) {
        return made("i" + locale, key -> {
            // the month as the language's long date writes it: a word ("May", "мая"), or a number with its sign (5月)
            String longDate = ((com.ibm.icu.text.SimpleDateFormat) DateFormat.getDateInstance(DateFormat.LONG, locale)).toPattern();
            DateIntervalFormat f = DateIntervalFormat.getInstance(longDate.contains("MMMM") ? "yMMMMd" : "yMMMd", locale);
            f.setTimeZone(TimeZone.GMT_ZONE);
            return f;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T made(String key, Function<String, T> make) {
        return (T) MADE.computeIfAbsent(key, make);
    }
}
