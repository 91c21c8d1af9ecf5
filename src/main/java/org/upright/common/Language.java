package org.upright.common;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the UN, in which UPRight speaks; English is the fallback. */
public enum Language {
    AR("ar", "العربية", true),
    ZH("zh", "中文", false),
    EN("en", "English", false),
    FR("fr", "Français", false),
    RU("ru", "Русский", false),
    ES("es", "Español", false);

    private static final LocaleMatcher MATCHER = LocaleMatcher.builder()
            .setSupportedULocales(Arrays.stream(values()).map(Language::locale).toList())
            .setDefaultULocale(EN.locale()).build();

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    private final ULocale locale;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = new ULocale(code);
    }

    /** The ISO 639-1 code: {@code lang} attributes, {@code ?lang=} and file names use it. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public ULocale locale() {
        return locale;
    }

    public Locale javaLocale() {
        return locale.toLocale();
    }

    /** The language of an exact code ("fr", any case); empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    /**
     * The best of the six for an HTTP {@code Accept-Language} header ("fr-CH, fr;q=0.9, en;q=0.8"), by CLDR's
     * language distances, so "zh-Hant-TW" gets Chinese and "pt-BR" English; English when nothing fits or the
     * header cannot be read.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) return EN;
        try {
            LocalePriorityList wanted = LocalePriorityList.add(header).build();
            LocaleMatcher.Result best = MATCHER.getBestMatchResult(wanted);
            if (best.getDesiredIndex() >= 0) return of(best.getSupportedULocale().getLanguage()).orElse(EN);
            // too far by CLDR's distances (Traditional Chinese from Simplified): the first of ours by language alone
            for (ULocale w : wanted) {
                Optional<Language> same = of(w.getLanguage());
                if (same.isPresent()) return same.get();
            }
            return EN;
        } catch (IllegalArgumentException e) {
            return EN;
        }
    }
}
