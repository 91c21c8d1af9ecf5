package org.upright.i18n;

import gg.jte.Content;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Supplier;
import org.upright.common.Language;

/**
 * What templates call to speak the reader's language: {@code ${t("nav.states")}}, numbers and dates in the
 * language's form. The language is the request's, set by the web layer for the request's thread (as the page
 * chrome is), or the one a mail or brief is written in, set around its rendering with {@link #in}.
 */
public final class Ui {
    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> HERE = new ThreadLocal<>();
    /** Read once: every hit and facet value of a page names states, and load() is synchronised. */
    private static final org.upright.state.StateDirectory STATES = org.upright.state.StateDirectory.load();

    private static final java.util.regex.Pattern STATE_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

    private Ui() {
    }

    public static Language lang() {
        Language l = CURRENT.get();
        return l != null ? l : Language.EN;
    }

    public static void use(Language language) {
        CURRENT.set(language);
    }

    /** The language of the request and its address without {@code lang}, from which the language switch links. */
    public static void use(Language language, String here) {
        CURRENT.set(language);
        HERE.set(here);
    }

    public static void clear() {
        CURRENT.remove();
        HERE.remove();
    }

    /** The address of this page in another language. */
    public static String switchTo(Language language) {
        String here = HERE.get() != null ? HERE.get() : "/";
        return here + (here.indexOf('?') >= 0 ? "&" : "?") + "lang=" + language.code();
    }

    public static java.util.List<Language> languages() {
        return java.util.List.of(Language.values());
    }

    /** Runs the work in a language and then returns to the one before (a mail written during a request, say). */
    public static <T> T in(Language language, Supplier<T> work) {
        Language before = CURRENT.get();
        CURRENT.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) CURRENT.remove(); else CURRENT.set(before);
        }
    }

    /** A message as HTML: the pattern is ours, the arguments are escaped. */
    public static Content t(String key, Object... args) {
        return Localizer.of(lang()).localize(key, args);
    }

    /** A message as plain text, for attributes, titles, JSON and mail headers (the caller escapes it as it needs). */
    public static String text(String key, Object... args) {
        return Messages.bundled().format(lang(), key, Localizer.plainArguments(lang(), args));
    }

    public static String number(long n) {
        return Formats.number(lang(), -1, n);
    }

    public static String number(double n, int decimals) {
        return Formats.number(lang(), decimals, n);
    }

    /** A day as the language writes it in full ("7 novembre 2019", "7 ноября 2019 г.", "2019年11月7日"). */
    public static String date(LocalDate day) {
        if (day == null) return "";
        return Formats.longDate(lang().locale(), Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * A moment the database keeps ({@link org.upright.common.Timestamps}) as the language writes a day and a time,
     * in UTC and saying so ("4 Dec 2026, 14:03 UTC", "4 déc. 2026, 14:03 UTC"); what is not such a moment as it is.
     */
    public static String moment(String stored) {
        if (stored == null || stored.isBlank()) return "";
        try {
            java.time.Instant at = java.time.Instant.parse(stored);
            com.ibm.icu.util.ULocale locale = lang() == Language.EN ? com.ibm.icu.util.ULocale.UK : lang().locale();
            return Formats.moment(locale, Date.from(at)) + " UTC";
        } catch (java.time.format.DateTimeParseException e) {
            return stored;
        }
    }

    /**
     * A span of days as the language writes it ("21 May – 4 June 2012", "21 mai – 4 juin 2012", "2012年5月21日 – 6月4日").
     * English is written the British way, as the UN writes its documents.
     */
    public static String days(LocalDate from, LocalDate to) {
        com.ibm.icu.util.ULocale locale = lang() == Language.EN ? com.ibm.icu.util.ULocale.UK : lang().locale();
        return Formats.days(locale, new com.ibm.icu.util.DateInterval(millis(from), millis(to)));
    }

    /** "a, b and c" in the reader's language. */
    public static String and(java.util.List<String> items) {
        if (items.size() == 1) return items.getFirst();
        return text("record.and", String.join(text("record.comma"), items.subList(0, items.size() - 1)), items.getLast());
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A state's name in the reader's language, by its code; the name given when the code is not a state's. */
    public static String state(String code, String name) {
        if (lang() == Language.EN || code == null || !STATE_CODE.matcher(code).matches()) return name;
        return STATES.name(org.upright.common.StateCode.of(code), lang());
    }

    /** A state by its reference ({@code org.upright.state.StateRef}), named in the reader's language. */
    public static String state(org.upright.state.StateRef ref) {
        return state(ref.code(), ref.name());
    }

    /** A language by its ISO code ("ru"), named in the reader's language as a label is ("Russe"); the code if unknown. */
    public static String languageName(String code) {
        if (code == null || code.isBlank()) return "";
        String name = com.ibm.icu.text.LocaleDisplayNames.getInstance(lang().locale(),
                com.ibm.icu.text.DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU).languageDisplayName(code.strip());
        return name == null || name.isBlank() ? code : name;
    }

    /** A word of the record (an issue, a theme, a response…) in the reader's language. */
    public static String term(String kind, String english) {
        return Vocabulary.bundled().term(kind, english, lang());
    }

    /** {@code lang} and {@code dir} of the page's html element. */
    public static String code() {
        return lang().code();
    }

    public static String dir() {
        return lang().direction();
    }
}
