package org.upright.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.upright.i18n.Ui;

/**
 * UPRight's query language, read by recursive descent. It never fails on what a person types: it repairs what
 * it can (an unclosed quote or parenthesis, a lone operator, an unknown field) and says so in notices.
 *
 * <pre>
 * query   = and
 * and     = or { ["AND"] or }                words side by side must all match
 * or      = unary { "OR" unary }             OR binds its neighbours first: a OR b c = (a OR b) c
 * unary   = ("NOT" | "-" | "!") unary | primary
 * primary = "(" and ")" | field ":" value | field ":(" and ")" | "\"" phrase "\"" | word | prefix "*"
 * </pre>
 */
final class QueryLanguage {
    static final int MAX_LENGTH = 1_000;
    static final int MAX_CLAUSES = 64;
    static final int MAX_DEPTH = 16;

    /** The query as understood; {@code root} null means everything. */
    record Parsed(QueryNode root, List<String> notices) {
        String rendered() {
            return root == null ? "" : root.render();
        }
    }

    private final QueryLeaves leaves;

    QueryLanguage(QueryLeaves leaves) {
        this.leaves = leaves;
    }

    Parsed parse(String query) {
        List<String> notices = new ArrayList<>();
        String text = query == null ? "" : query;
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, cut > MAX_LENGTH - 100 ? cut : MAX_LENGTH);
            notices.add(Ui.text("search.notice.too_long", query.length(), text.length()));
        }
        QueryParser parser = new QueryParser(leaves, QueryTokens.tokens(text, notices), notices);
        QueryNode root = parser.parseQuery();
        return new Parsed(root, List.copyOf(notices.stream().distinct().toList()));
    }

    static String fieldNames() {
        return Arrays.stream(Facet.values()).map(Facet::id).collect(Collectors.joining(", "));
    }

    /** A value to show in a notice about a field written without one. */
    static String example(Facet facet) {
        return switch (facet) {
            case SUR, RS -> "KAZ";
            case SUR_GROUP, RS_GROUP -> "Africa";
            case CYCLE -> "2";
            case SESSION -> "20";
            case YEAR -> "2014";
            case RESPONSE -> "noted";
            case ISSUE -> "\"Death penalty\"";
            case CATEGORY -> "5";
            case KIND -> "pledge";
            case SDG -> "5";
            case TARGET -> "16.3";
            case ORIGIN -> "machine";
            default -> "\"…\"";
        };
    }
}
