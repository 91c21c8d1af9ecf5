package org.upright.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.search.Facet;

/**
 * Translates a query of the search box (words, "phrases", AND / OR / NOT, -word, prefix*, parentheses,
 * field:value) into what the FTS5 side runs: a MATCH expression over the text and SQL conditions for the fields.
 * Fields are only understood as parts of the top-level AND ("torture sur:KAZ"), which is how people use them;
 * anything else is refused so that the two engines never silently run different queries.
 *
 * @param match  the FTS5 MATCH expression, or null when the query has no words (fields only)
 * @param fields the field:value parts, facet → values
 */
record Fts5Match(String match, Map<Facet, List<String>> fields) {

    sealed interface Node permits Term, Phrase, Field, And, Or, Not {
    }

    record Term(String word, boolean prefix) implements Node {
    }

    record Phrase(String words) implements Node {
    }

    record Field(Facet facet, String value) implements Node {
    }

    record And(List<Node> parts) implements Node {
    }

    record Or(List<Node> parts) implements Node {
    }

    record Not(Node part) implements Node {
    }

    static Fts5Match of(String query) {
        Node root = new Parser(query).parse();
        Map<Facet, List<String>> fields = new LinkedHashMap<>();
        if (root == null) return new Fts5Match(null, fields);
        List<Node> conjuncts = root instanceof And and ? and.parts() : List.of(root);
        List<Node> text = new ArrayList<>();
        for (Node n : conjuncts) {
            if (n instanceof Field f) fields.computeIfAbsent(f.facet(), k -> new ArrayList<>()).add(f.value());
            else text.add(n);
        }
        if (text.isEmpty()) return new Fts5Match(null, fields);
        return new Fts5Match(render(text.size() == 1 ? text.get(0) : new And(text)), fields);
    }

    /** FTS5 syntax: every word quoted (so no word is read as an operator), NOT binary, fully parenthesised. */
    private static String render(Node n) {
        return switch (n) {
            case Term t -> quote(t.word()) + (t.prefix() ? "*" : "");
            case Phrase p -> quote(p.words());
            case Field f -> throw new IllegalArgumentException("FTS5 side: a field (" + f.facet().id()
                    + ":) inside OR or NOT is not translated; use it at the top level of the query");
            case Not not -> throw new IllegalArgumentException("FTS5 side: NOT needs something to subtract from");
            case Or or -> "(" + String.join(" OR ", or.parts().stream().map(Fts5Match::render).toList()) + ")";
            case And and -> {
                List<String> positive = new ArrayList<>();
                List<String> negative = new ArrayList<>();
                for (Node p : and.parts()) {
                    if (p instanceof Not not) negative.add(render(not.part()));
                    else positive.add(render(p));
                }
                if (positive.isEmpty()) throw new IllegalArgumentException("FTS5 side: a query of only NOT parts matches nothing");
                StringBuilder s = new StringBuilder("(" + String.join(" AND ", positive) + ")");
                for (String neg : negative) s.append(" NOT ").append(neg);
                yield negative.isEmpty() ? s.toString() : "(" + s + ")";
            }
        };
    }

    private static String quote(String words) {
        return "\"" + words.replace("\"", "\"\"") + "\"";
    }

    /** Recursive descent over: or := and (OR and)*; and := unary (AND? unary)*; unary := (NOT|-|+) unary | primary. */
    private static final class Parser {
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String query) {
            int i = 0;
            while (i < query.length()) {
                char c = query.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if (c == '"') {
                    int end = query.indexOf('"', i + 1);
                    if (end < 0) end = query.length();
                    tokens.add(query.substring(i, Math.min(end + 1, query.length())));
                    i = end + 1;
                } else {
                    // a word runs to a space or parenthesis; a quoted part inside it (issue:"Women's rights") is kept whole
                    int start = i;
                    while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '('
                            && query.charAt(i) != ')') {
                        if (query.charAt(i) == '"') {
                            int end = query.indexOf('"', i + 1);
                            i = end < 0 ? query.length() : end + 1;
                        } else {
                            i++;
                        }
                    }
                    tokens.add(query.substring(start, i));
                }
            }
        }

        Node parse() {
            if (tokens.isEmpty()) return null;
            Node n = or();
            if (at < tokens.size()) throw new IllegalArgumentException("unexpected '" + tokens.get(at) + "'");
            return n;
        }

        private Node or() {
            List<Node> parts = new ArrayList<>(List.of(and()));
            while (peek("OR")) {
                at++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private Node and() {
            List<Node> parts = new ArrayList<>(List.of(unary()));
            while (at < tokens.size() && !peek("OR") && !peek(")")) {
                if (peek("AND")) at++;
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private Node unary() {
            String t = tokens.get(at);
            if (t.equals("NOT")) {
                at++;
                return new Not(unary());
            }
            if (t.length() > 1 && (t.startsWith("-") || t.startsWith("+"))) {
                tokens.set(at, t.substring(1));
                return t.startsWith("-") ? new Not(unary()) : unary();
            }
            return primary();
        }

        private Node primary() {
            String t = tokens.get(at++);
            if (t.equals("(")) {
                Node inner = or();
                if (!peek(")")) throw new IllegalArgumentException("missing ')'");
                at++;
                return inner;
            }
            if (t.startsWith("\"")) return new Phrase(unquote(t));
            int colon = t.indexOf(':');
            if (colon > 0) {
                String name = t.substring(0, colon);
                Facet facet = Facet.byId(name).orElseThrow(() -> new IllegalArgumentException("no field '" + name + "'"));
                return new Field(facet, unquote(t.substring(colon + 1)));
            }
            if (t.endsWith("*")) return new Term(t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT), true);
            return new Term(t, false);
        }

        private boolean peek(String token) {
            return at < tokens.size() && tokens.get(at).equals(token);
        }

        private static String unquote(String s) {
            String t = s.startsWith("\"") ? s.substring(1) : s;
            return t.endsWith("\"") ? t.substring(0, t.length() - 1) : t;
        }
    }
}
