package org.upright.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Language;

/**
 * The words of the record in the six languages: issues, themes and their families, groups of persons, SDGs,
 * action categories, responses, cycles and sessions, kept as data in {@code vocabulary.tsv} (kind, English, then
 * ar, zh, fr, ru, es). A term the file does not hold (a theme only some source uses) stays in English.
 */
public final class Vocabulary {
    private static final String RESOURCE = "vocabulary.tsv";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final List<Language> COLUMNS = List.of(Language.EN, Language.AR, Language.ZH, Language.FR, Language.RU, Language.ES);
    private static final int MAX_ASKED = 20_000;
    private static final Vocabulary BUNDLED = load();

    private final Map<String, Map<Language, String>> terms;
    /** Spellings as asked, each worked out once: a page of facets asks hundreds, and normalising one costs more than a look-up. */
    private final Map<String, Optional<Map<Language, String>>> asked = new java.util.concurrent.ConcurrentHashMap<>();

    private Vocabulary(Map<String, Map<Language, String>> terms) {
        this.terms = terms;
    }

    public static Vocabulary bundled() {
        return BUNDLED;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the vocabulary " + RESOURCE + " is missing from the jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + RESOURCE, e);
        }
    }

    /** Reads the file; fails on the first line that is wrong, naming it. */
    static Vocabulary parse(String tsv) {
        Map<String, Map<Language, String>> terms = new HashMap<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#") || lines[i].startsWith("kind\t")) continue;
            String[] f = lines[i].split("\t", -1);
            if (f.length != COLUMNS.size() + 1) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected kind, en, ar, zh, fr, ru and es separated by tabs");
            }
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String name = f[c + 1].strip();
                if (name.isEmpty()) throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": the " + COLUMNS.get(c).code() + " term is empty");
                names.put(COLUMNS.get(c), name);
            }
            terms.put(key(f[0], f[1]), Map.copyOf(names));
        }
        return new Vocabulary(Map.copyOf(terms));
    }

    /** The term in a language; the English as given when the vocabulary does not hold it. */
    public String term(String kind, String english, Language language) {
        if (language == Language.EN) return english;
        return find(kind, english, language).orElse(english);
    }

    /** The term in a language, when the vocabulary holds it. */
    public Optional<String> find(String kind, String english, Language language) {
        if (english == null) return Optional.empty();
        String spelling = kind + "\u0000" + english;
        Optional<Map<Language, String>> names = asked.get(spelling);
        if (names == null) {
            names = Optional.ofNullable(terms.get(key(kind, english)));
            // what readers type reaches here too (a filter's value): keep a bounded number of spellings
            if (asked.size() < MAX_ASKED) asked.put(spelling, names);
        }
        return names.map(n -> n.get(language));
    }

    /** A pattern with {0} in it ("Cycle {0}"), filled in the language. */
    public String numbered(String kind, String english, Language language, long number) {
        return term(kind, english, language).replace("{0}", Long.toString(number));
    }

    public int size() {
        return terms.size();
    }

    /** Spellings that differ only in case, spacing or "&" for "and" meet, as the record's themes do. */
    private static String key(String kind, String english) {
        String s = Normalizer.normalize(english, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return kind.strip().toLowerCase(Locale.ROOT) + "\u0000" + s;
    }
}
