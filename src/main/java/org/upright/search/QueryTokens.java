package org.upright.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.i18n.Ui;

/**
 * Cuts a query into tokens: words, "phrases", parentheses, AND / OR / NOT (also {@code &&}, {@code ||} and a
 * leading {@code -} or {@code !}), and {@code field:value} where the value may be a "phrase". Never fails: a
 * phrase without its closing quote runs to the end, which the notices say.
 */
final class QueryTokens {
    enum Type { WORD, PHRASE, FIELD, OPEN, CLOSE, AND, OR, NOT }

    /**
     * @param text  the word, the phrase without quotes, or for a field its name
     * @param value for a field its value (null when nothing follows the colon)
     * @param quoted for a field, whether the value was a "phrase"
     */
    record Token(Type type, String text, String value, boolean quoted) {
        static Token of(Type type, String text) {
            return new Token(type, text, null, false);
        }
    }

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):(.*)", Pattern.DOTALL);

    private QueryTokens() {
    }

    static List<Token> tokens(String query, List<String> notices) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(Token.of(c == '(' ? Type.OPEN : Type.CLOSE, String.valueOf(c)));
                i++;
            } else if (c == '"') {
                int end = closingQuote(query, i, notices);
                tokens.add(Token.of(Type.PHRASE, query.substring(i + 1, Math.min(end, n))));
                i = end + 1;
            } else if (c == '-' || c == '!') {
                if (i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) tokens.add(Token.of(Type.NOT, String.valueOf(c)));
                else notices.add(Ui.text("search.notice.not_alone", String.valueOf(c)));
                i++;
            } else if (c == '+') {
                i++; // every word is required anyway
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(query.charAt(end)) < 0) end++;
                i = word(query, i, end, tokens, notices);
            }
        }
        return tokens;
    }

    /** Reads a word or a field starting at {@code from}; returns where the next token starts. */
    private static int word(String query, int from, int end, List<Token> tokens, List<String> notices) {
        String word = query.substring(from, end);
        switch (word) {
            case "AND", "&&" -> tokens.add(Token.of(Type.AND, word));
            case "OR", "||" -> tokens.add(Token.of(Type.OR, word));
            case "NOT" -> tokens.add(Token.of(Type.NOT, word));
            default -> {
                Matcher field = FIELD.matcher(word);
                if (!field.matches()) {
                    tokens.add(Token.of(Type.WORD, word));
                    return end;
                }
                String name = field.group(1);
                String value = field.group(2);
                if (value.isEmpty() && end < query.length() && query.charAt(end) == '"') {
                    int close = closingQuote(query, end, notices);
                    tokens.add(new Token(Type.FIELD, name, query.substring(end + 1, Math.min(close, query.length())), true));
                    return close + 1;
                }
                tokens.add(new Token(Type.FIELD, name, value.isEmpty() ? null : value, false));
            }
        }
        return end;
    }

    /** Where the quote opened at {@code open} closes, or the end of the query (told in a notice). */
    private static int closingQuote(String query, int open, List<String> notices) {
        int close = query.indexOf('"', open + 1);
        if (close >= 0) return close;
        notices.add(Ui.text("search.notice.unclosed_quote"));
        return query.length();
    }
}
