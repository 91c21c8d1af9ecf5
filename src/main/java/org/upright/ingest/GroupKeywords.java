package org.upright.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Explorer's Keywords cell, groups of persons glued together without separators ("Women and
 * girlsChildren", "LGBTIMembers of minorities"), against the vocabulary of groups of persons
 * ({@link ThematicLabels#GROUPS_OF_PERSONS}), and names each group as the vocabulary does so that the
 * Explorer's and OHCHR's labels are one facet value. A group the vocabulary does not know is kept as written.
 */
final class GroupKeywords {
    /** Names the Explorer gives groups that the vocabulary names otherwise, beyond "&" for "and". */
    private static final Map<String, String> EXPLORER_NAMES = Map.of(
            "Members of minorities", "Minorities/ racial, ethnic, linguistic, religious or descent-based groups",
            "Youth", "Youth & juveniles",
            "Refugees and asylum-seekers", "Refugees & asylum seekers");

    /** Where two glued names meet: "girlsChildren", "LGBTIMembers". */
    private static final Pattern GLUE = Pattern.compile("(?<=[\\p{Ll})])(?=\\p{Lu})|(?<=\\p{Lu}{2})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{2,})\\)\\s*$");

    /** Each way of writing a group, normalised, with the vocabulary's name; longest first, so a split is greedy. */
    private static final List<Map.Entry<String, String>> WRITINGS = writings();

    private GroupKeywords() {
    }

    static List<String> split(String cell) {
        String rest = normalise(cell);
        if (rest.isEmpty()) return List.of();
        Set<String> groups = new LinkedHashSet<>();
        while (!rest.isEmpty()) {
            String found = null;
            for (Map.Entry<String, String> w : WRITINGS) {
                if (rest.startsWith(w.getKey())) {
                    found = w.getKey();
                    groups.add(w.getValue());
                    break;
                }
            }
            if (found == null) return byCase(cell);
            rest = rest.substring(found.length()).strip();
        }
        return List.copyOf(groups);
    }

    /** A cell with a group the vocabulary lacks: split where a capital follows a small letter, each part as known or written. */
    private static List<String> byCase(String cell) {
        Set<String> groups = new LinkedHashSet<>();
        for (String part : GLUE.split(cell.strip())) {
            String key = normalise(part);
            if (key.isEmpty()) continue;
            groups.add(WRITINGS.stream().filter(w -> w.getKey().equals(key)).map(Map.Entry::getValue).findFirst()
                    .orElseGet(() -> ThematicLabels.group(part).orElse(part.strip())));
        }
        return List.copyOf(groups);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", " and ").replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<Map.Entry<String, String>> writings() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : ThematicLabels.GROUPS_OF_PERSONS) {
            all.put(normalise(name), name);
            Matcher m = ABBREVIATION.matcher(name);
            if (m.find()) all.put(normalise(m.group(1)), name);
        }
        EXPLORER_NAMES.forEach((written, name) -> all.put(normalise(written), name));
        List<Map.Entry<String, String>> list = new ArrayList<>(all.entrySet());
        list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return List.copyOf(list);
    }
}
