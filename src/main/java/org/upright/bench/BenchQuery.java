package org.upright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.Facet;

/**
 * One query of the benchmark: the text as a user types it in the search box, the facet filters a user ticks
 * beside it, and the kind of query it is (from the {@code # [kind]} heading above it in the file).
 */
record BenchQuery(String kind, String text, Map<Facet, List<String>> filters) {

    /** "torture" or "torture  [cycle=2; rs_group=Africa]", as the tables show it. */
    String label() {
        String shown = text.isBlank() ? "(empty)" : text;
        if (filters.isEmpty()) return shown;
        List<String> parts = new ArrayList<>();
        filters.forEach((f, values) -> parts.add(f.id() + "=" + String.join("|", values)));
        return shown + " [" + String.join("; ", parts) + "]";
    }

    /**
     * Reads the queries file: one query a line, {@code query TAB filters}, filters as {@code facet=value|value;
     * facet=value}; {@code # [kind]} starts a group of queries; other {@code #} lines and blank lines are comments.
     */
    static List<BenchQuery> load(Path file) throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        String kind = "other";
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.startsWith("# [") && trimmed.endsWith("]")) {
                kind = trimmed.substring(3, trimmed.length() - 1).strip();
                continue;
            }
            // a line that starts with a TAB is a query with no words (filters only, or everything)
            if (!line.startsWith("\t") && (trimmed.isEmpty() || trimmed.startsWith("#"))) continue;
            String[] parts = line.split("\t", 2);
            try {
                queries.add(new BenchQuery(kind, parts[0].strip(), parts.length > 1 ? filters(parts[1]) : Map.of()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return queries;
    }

    private static Map<Facet, List<String>> filters(String text) {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("a filter is facet=value, found '" + part.strip() + "'");
            String id = part.substring(0, eq).strip();
            Facet facet = Facet.byId(id).orElseThrow(() -> new IllegalArgumentException("no facet '" + id
                    + "'; facets are " + Arrays.stream(Facet.values()).map(Facet::id).toList()));
            List<String> values = Arrays.stream(part.substring(eq + 1).split("\\|")).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            filters.put(facet, values);
        }
        return filters;
    }
}
