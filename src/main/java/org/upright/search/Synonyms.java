package org.upright.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms and their long forms, kept as data in {@code synonyms.txt} beside this class: "LGBT" finds "sexual
 * orientation", "Rome Statute" finds "ICC". A short form finds every form of its line, a long form finds the
 * short forms. Forms are compared by their letters and digits only, in lower case, so "OP-CAT", "OPCAT" and
 * "opcat" are one key.
 */
final class Synonyms {
    static final String RESOURCE = "synonyms.txt";
    private final Map<String, List<String>> others;
    private final int longestKey;

    private Synonyms(Map<String, List<String>> others) {
        this.others = others;
        this.longestKey = others.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    static Synonyms load() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "SHORT, SHORT = LONG; LONG"; blank lines and lines starting with # say nothing. */
    static Synonyms parse(List<String> lines) {
        Map<String, Set<String>> others = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + " has no '=' between short and long forms");
            List<String> shorts = forms(line.substring(0, eq), ",");
            List<String> longs = forms(line.substring(eq + 1), ";");
            for (String s : shorts) {
                Set<String> found = others.computeIfAbsent(key(s), k -> new LinkedHashSet<>());
                for (String o : shorts) if (!o.equals(s)) found.add(o);
                found.addAll(longs);
            }
            for (String l : longs) others.computeIfAbsent(key(l), k -> new LinkedHashSet<>()).addAll(shorts);
        }
        Map<String, List<String>> frozen = new HashMap<>();
        others.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Synonyms(frozen);
    }

    private static List<String> forms(String side, String separator) {
        List<String> forms = new ArrayList<>();
        for (String f : side.split(separator)) if (!f.isBlank()) forms.add(f.strip());
        return forms;
    }

    /**
     * The words' letters and digits in lower case, joined by one space, without stop words (the query leaves them
     * out too); hyphens and the like join ("op-cat" → "opcat").
     */
    static String key(String words) {
        String joined = words.toLowerCase(Locale.ROOT).replaceAll("[-/+'’]", "");
        List<String> kept = new ArrayList<>();
        for (String word : joined.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !EnglishAnalysis.STOP_WORDS.contains(word)) kept.add(word);
        }
        return String.join(" ", kept);
    }

    /** The other forms of what was typed; empty when it is none of the list's forms. */
    List<String> of(String typed) {
        return others.getOrDefault(key(typed), List.of());
    }

    /** The most words a form of the list has: the widest run of typed words worth comparing. */
    int longestKey() {
        return longestKey;
    }
}
