package org.upright.web;

import java.util.regex.Pattern;

/**
 * Where a UN document symbol ("A/HRC/28/10") is read: undocs.org, the UN's own short address for a symbol, which
 * forwards to the document in the Official Document System in the reader's language.
 */
public final class UnDocuments {
    /** A symbol as the UN writes them: series letters, then parts of letters, digits, dots and hyphens. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,10}(?:/[A-Za-z0-9.\\-]{1,20}){1,6}");

    private UnDocuments() {
    }

    /** The document's address; null for what is not a UN symbol, which is then shown without a link. */
    public static String url(String symbol) {
        return symbol != null && SYMBOL.matcher(symbol).matches() ? "https://undocs.org/" + symbol : null;
    }
}
