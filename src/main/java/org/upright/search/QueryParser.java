package org.upright.search;

import java.util.ArrayList;
import java.util.List;
import org.upright.i18n.Ui;
import org.upright.search.QueryTokens.Token;
import org.upright.search.QueryTokens.Type;

/**
 * The recursive descent over the tokens of one query (grammar in {@link QueryLanguage}): a stray operator or
 * parenthesis is skipped with a notice, an unclosed one closed at the end, and the leaves are checked by
 * {@link QueryLeaves}.
 */
final class QueryParser {
    private final QueryLeaves leaves;
    private final List<Token> tokens;
    private final List<String> notices;
    private final QueryLeaves.Budget budget = new QueryLeaves.Budget();
    private int pos;
    private int depth;
    private Facet scope;
    private boolean stopped;

    QueryParser(QueryLeaves leaves, List<Token> tokens, List<String> notices) {
        this.leaves = leaves;
        this.tokens = tokens;
        this.notices = notices;
    }

    /** The whole query; a stray operator or parenthesis is skipped, and what follows is read on. */
    QueryNode parseQuery() {
        List<QueryNode> parts = new ArrayList<>();
        while (pos < tokens.size()) {
            int before = pos;
            add(parts, parseAnd());
            if (pos == before) pos++;
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.getFirst() : new QueryNode.All(List.copyOf(parts));
    }

    private QueryNode parseAnd() {
        List<QueryNode> all = new ArrayList<>();
        while (pos < tokens.size()) {
            Type type = tokens.get(pos).type();
            if (type == Type.CLOSE && depth > 0) break;
            if (type == Type.OR || type == Type.AND || type == Type.CLOSE) {
                pos++;
                if (type == Type.CLOSE) notices.add(Ui.text("search.notice.stray_close"));
                else if (all.isEmpty() || !startsOperand()) notices.add(Ui.text("search.notice.operator_sides", type.name()));
                continue;
            }
            add(all, parseOr());
        }
        return all.isEmpty() ? null : all.size() == 1 ? all.getFirst() : new QueryNode.All(List.copyOf(all));
    }

    /** OR binds its neighbours more closely than AND: "torture OR ill-treatment sur:KAZ" is about Kazakhstan. */
    private QueryNode parseOr() {
        List<QueryNode> any = new ArrayList<>();
        add(any, parseUnary());
        while (peek(Type.OR)) {
            pos++;
            if (!startsOperand()) {
                notices.add(Ui.text("search.notice.operator_sides", "OR"));
                continue;
            }
            add(any, parseUnary());
        }
        return any.isEmpty() ? null : any.size() == 1 ? any.getFirst() : new QueryNode.Any(List.copyOf(any));
    }

    private QueryNode parseUnary() {
        if (!peek(Type.NOT)) return parsePrimary();
        pos++;
        if (!startsOperand()) {
            notices.add(Ui.text("search.notice.not_needs"));
            return null;
        }
        QueryNode node = parseUnary();
        if (node == null) return null;
        return node instanceof QueryNode.Not not ? not.node() : new QueryNode.Not(node);
    }

    private QueryNode parsePrimary() {
        Token t = tokens.get(pos++);
        if (t.type() == Type.OPEN) return group(scope);
        if (!budget.take(notices)) {
            pos = tokens.size();
            stopped = true;
            return null;
        }
        return switch (t.type()) {
            case WORD -> scope != null ? leaves.fieldValue(scope, t.text(), false, notices) : leaves.word(t.text(), budget, notices);
            case PHRASE -> scope != null ? leaves.fieldValue(scope, t.text(), true, notices) : leaves.phrase(t.text(), notices);
            case FIELD -> field(t);
            default -> null;
        };
    }

    private QueryNode group(Facet within) {
        if (depth >= QueryLanguage.MAX_DEPTH) {
            notices.add(Ui.text("search.notice.too_deep", String.valueOf(QueryLanguage.MAX_DEPTH)));
            return null;
        }
        depth++;
        Facet outer = scope;
        scope = within;
        QueryNode inner = parseAnd();
        scope = outer;
        depth--;
        if (peek(Type.CLOSE)) pos++;
        else if (!stopped) notices.add(Ui.text("search.notice.unclosed_paren"));
        return inner;
    }

    private QueryNode field(Token t) {
        Facet facet = Facet.byId(t.text()).orElse(null);
        if (facet == null) {
            // the value is what the person wants found: "country:Kazakhstan", "text:torture"
            boolean text = t.text().equalsIgnoreCase("text");
            if (!text) notices.add(t.value() == null ? Ui.text("search.notice.no_field_ignored", t.text(), QueryLanguage.fieldNames())
                    : Ui.text("search.notice.no_field_words", t.text(), t.value(), QueryLanguage.fieldNames()));
            if (t.value() == null) return null;
            return t.quoted() ? leaves.phrase(t.value(), notices) : leaves.word(t.value(), budget, notices);
        }
        if (t.value() == null && peek(Type.OPEN)) {
            pos++;
            return group(facet);
        }
        if (t.value() == null) {
            notices.add(Ui.text("search.notice.field_needs_value", facet.id(), QueryLanguage.example(facet)));
            return null;
        }
        int[] words = {0};
        QueryNode node = leaves.fieldValue(facet, t.value(), t.quoted(), following(), words, notices);
        pos += words[0];
        return node;
    }

    /** The plain words after a field's value: "sur:United Kingdom" may mean one name. */
    private List<String> following() {
        List<String> words = new ArrayList<>();
        for (int i = pos; i < tokens.size() && words.size() < 6 && tokens.get(i).type() == Type.WORD; i++) {
            words.add(tokens.get(i).text());
        }
        return words;
    }

    private boolean peek(Type type) {
        return pos < tokens.size() && tokens.get(pos).type() == type;
    }

    private boolean startsOperand() {
        if (pos >= tokens.size()) return false;
        Type type = tokens.get(pos).type();
        return type != Type.AND && type != Type.OR && type != Type.CLOSE;
    }

    private void add(List<QueryNode> nodes, QueryNode node) {
        if (node != null) nodes.add(node);
    }
}
