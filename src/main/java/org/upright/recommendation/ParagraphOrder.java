package org.upright.recommendation;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of paragraph numbers as a report reads: by each run of digits as a number ("77.5" before "77.10",
 * "9" before "10"), other characters as text ("A-1" before "A-2"); a recommendation without a number comes last.
 */
public final class ParagraphOrder implements Comparator<String> {
    public static final ParagraphOrder INSTANCE = new ParagraphOrder();
    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    private ParagraphOrder() {
    }

    @Override
    public int compare(String a, String b) {
        boolean noA = a == null || a.isBlank(), noB = b == null || b.isBlank();
        if (noA || noB) return Boolean.compare(noA, noB);
        Matcher x = PART.matcher(a.strip()), y = PART.matcher(b.strip());
        while (x.find()) {
            if (!y.find()) return 1;
            int c = part(x.group(), y.group());
            if (c != 0) return c;
        }
        return y.find() ? -1 : 0;
    }

    private static int part(String p, String q) {
        boolean digitsP = Character.isDigit(p.charAt(0)), digitsQ = Character.isDigit(q.charAt(0));
        if (digitsP && digitsQ) {
            // as numbers of any length, without overflow: leading zeros off, then the longer is the larger
            String m = p.replaceFirst("^0+(?=.)", ""), n = q.replaceFirst("^0+(?=.)", "");
            return m.length() != n.length() ? Integer.compare(m.length(), n.length()) : m.compareTo(n);
        }
        if (digitsP != digitsQ) return digitsP ? -1 : 1;
        return p.compareToIgnoreCase(q);
    }
}
