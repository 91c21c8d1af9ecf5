package org.upright.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name for each theme in facets and hits, kept as data in {@code themes.txt} beside this class: sources spell
 * one theme several ways ("Constitutional & legislative framework" 7,668 times, "… and legislative …" 51 times,
 * "Children: Juvenile justice", a trailing no-break space). Spellings equal once case, spaces and "&"/"and" are
 * folded take the listed name; "VARIANT => NAME" lines map spellings that differ in words. The record keeps what
 * each source gave; only the index uses the one name.
 */
final class ThemeNames {
    static final String RESOURCE = "themes.txt";
    private final Map<String, String> names;

    private ThemeNames(Map<String, String> names) {
        this.names = names;
    }

    static ThemeNames load() {
        try (InputStream in = ThemeNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ThemeNames parse(List<String> lines) {
        Map<String, String> names = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int arrow = line.indexOf("=>");
            String name = arrow < 0 ? line : line.substring(arrow + 2).strip();
            names.put(key(name), name);
            if (arrow >= 0) names.put(key(line.substring(0, arrow)), name);
        }
        return new ThemeNames(names);
    }

    /** The theme's one name; a theme the list does not know keeps its spelling, without stray spaces. */
    String name(String theme) {
        String trimmed = theme.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return names.getOrDefault(key(trimmed), trimmed);
    }

    private static String key(String name) {
        return name.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).replace("&", " and ")
                .replaceAll("\\s+", " ").strip();
    }
}
