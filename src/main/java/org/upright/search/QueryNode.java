package org.upright.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A query as the parser understood it; {@link #render} writes it back in the query language, as it is run. */
sealed interface QueryNode {
    /** Writes the query; words found in {@code replace} are written as their replacement (did you mean). */
    String render(Map<String, String> replace);

    default String render() {
        return render(Map.of());
    }

    /** A word (matched in its stemmed form) or, when {@code phrase}, words that must stand in this order. */
    record Words(String typed, boolean phrase) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            String text = replace.getOrDefault(typed, typed);
            return phrase ? "\"" + text + "\"" : text;
        }
    }

    /** Every word starting with the prefix ({@code tortur*}). */
    record Prefix(String typed) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            return typed + "*";
        }
    }

    /** A facet value, as typed and as the index holds it ({@code sur:Kazakhstan} → KAZ). */
    record FieldValue(Facet facet, String typed, String value) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            boolean quote = value.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '_');
            return facet.id() + ":" + (quote ? "\"" + value + "\"" : value);
        }
    }

    record Not(QueryNode node) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            boolean group = node instanceof All || node instanceof Any;
            return "-" + (group ? "(" + node.render(replace) + ")" : node.render(replace));
        }
    }

    /** Every one of the nodes (AND, also between words written side by side). */
    record All(List<QueryNode> nodes) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            return nodes.stream().map(n -> n instanceof Any ? "(" + n.render(replace) + ")" : n.render(replace))
                    .collect(Collectors.joining(" "));
        }
    }

    /** Any of the nodes (OR). */
    record Any(List<QueryNode> nodes) implements QueryNode {
        @Override
        public String render(Map<String, String> replace) {
            return nodes.stream().map(n -> n instanceof All ? "(" + n.render(replace) + ")" : n.render(replace))
                    .collect(Collectors.joining(" OR "));
        }
    }
}
