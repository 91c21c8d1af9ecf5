package org.upright.evidence;

/** Cheap clause bounds for labelling an item with the words around it; sentences proper come from {@link Sentences}. */
final class Clauses {
    static final int MAX = 160;

    private Clauses() {
    }

    /** The clause around the span, the span's own words left out, at most {@value #MAX} characters. */
    static String around(String text, Span span) {
        int start = span.start();
        while (start > 0 && !boundary(text, start - 1)) start--;
        int end = span.end();
        while (end < text.length() && !boundary(text, end)) end++;
        String before = text.substring(start, span.start());
        String after = text.substring(span.end(), end);
        String clause = (before + " … " + after).replaceAll("\\s+", " ").strip();
        clause = clause.replaceAll("^(?:…\\s*)|(?:\\s*…)$", "").replaceAll("^[,\\s]+|[,\\s]+$", "");
        return clause.length() <= MAX ? clause : clause.substring(0, MAX - 1) + "…";
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == ';' || c == '•') return true;
        if (c == '.' || c == '!' || c == '?') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i);
        }
        return false;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String word = text.substring(s, dot);
        return word.matches("(?i)art|arts|no|nos|para|mr|mrs|ms|dr|st|vs|etc|jr|sr|u\\.s|e\\.g|i\\.e") || word.length() == 1;
    }
}
