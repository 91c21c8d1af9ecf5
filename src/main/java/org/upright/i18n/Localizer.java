package org.upright.i18n;

import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.upright.common.Language;

/**
 * JTE's localisation hook for one language, formatting with ICU so that plurals and numbers follow the language.
 * The message pattern is trusted text of ours; every argument that is text is HTML-escaped before it goes in,
 * so a name typed by a user can never become markup.
 */
public final class Localizer implements LocalizationSupport {
    private static final Map<Language, Localizer> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) ALL.put(l, new Localizer(l));
    }

    private final Language language;

    private Localizer(Language language) {
        this.language = language;
    }

    public static Localizer of(Language language) {
        return ALL.get(language);
    }

    @Override
    public String lookup(String key) {
        return Messages.bundled().pattern(language, key);
    }

    @Override
    public Content localize(String key, Object... params) {
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) args[i] = escaped(params[i]);
        String html = Messages.bundled().format(language, key, args);
        return output -> output.writeContent(html);
    }

    private Object escaped(Object arg) {
        if (arg instanceof Content content) {
            gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
            content.writeTo(out);
            return out.toString();
        }
        Object plain = plain(language, arg);
        return plain instanceof String s ? escape(s) : plain;
    }

    /** Arguments as ICU formats them: numbers stay numbers (for plurals), days become the language's long date. */
    static Object[] plainArguments(Language language, Object... args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = plain(language, args[i]);
        return out;
    }

    private static Object plain(Language language, Object arg) {
        if (arg == null) return "";
        if (arg instanceof Number) return arg;
        if (arg instanceof LocalDate day) return Ui.in(language, () -> Ui.date(day));
        return arg.toString();
    }

    /** Both contexts at once (JTE's Escape has one method for text and one for attributes, each leaving some out). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
