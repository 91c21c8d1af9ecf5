package org.upright.i18n;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.upright.common.Language;

/**
 * Every text of the interface in the six languages: one UTF-8 {@code messages_xx.properties} file a language,
 * each value an ICU MessageFormat pattern ("{0, plural, one {# recommendation} other {# recommendations}}"), so
 * plurals follow each language's own rules (Arabic has six forms, Russian four). A key missing in a language
 * falls back to English; a test keeps that from happening.
 */
public final class Messages {
    private static final String RESOURCE = "/org/upright/i18n/messages_%s.properties";
    private static final Messages BUNDLED = load();

    private final Map<Language, Map<String, String>> patterns;
    /** Parsed once: a page formats hundreds of messages, and parsing a pattern costs more than formatting it. */
    private final Map<Language, Map<String, MessageFormat>> parsed = new EnumMap<>(Language.class);

    private Messages(Map<Language, Map<String, String>> patterns) {
        this.patterns = patterns;
        for (Language language : Language.values()) parsed.put(language, new ConcurrentHashMap<>());
    }

    public static Messages bundled() {
        return BUNDLED;
    }

    private static Messages load() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) all.put(language, read(String.format(RESOURCE, language.code())));
        return new Messages(all);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) return Map.of();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages " + resource, e);
        }
    }

    /** The keys a language's file holds. */
    public Set<String> keys(Language language) {
        return patterns.get(language).keySet();
    }

    /** The pattern of a key in the language itself, without falling back. */
    public Optional<String> own(Language language, String key) {
        return Optional.ofNullable(patterns.get(language).get(key));
    }

    /** The pattern of a key: the language's, else English's, else the key itself so that a gap shows and breaks nothing. */
    public String pattern(Language language, String key) {
        String p = patterns.get(language).get(key);
        if (p == null) p = patterns.get(Language.EN).get(key);
        return p != null ? p : key;
    }

    /** The text of a key with its arguments formatted in the language's way (numbers, plurals). */
    public String format(Language language, String key, Object... args) {
        String pattern = pattern(language, key);
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) return pattern;
        MessageFormat format = parsed.get(language).computeIfAbsent(key, k -> new MessageFormat(pattern, language.locale()));
        synchronized (format) { // a MessageFormat keeps state while it formats
            return format.format(args);
        }
    }
}
