package org.upright.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules every parser shares: cleaning a recommendation's text and the key texts are matched on. */
public final class Texts {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // letters and digits of every script: Arabic or Cyrillic texts must not all reduce to the same empty key
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Texts() {
    }

    /** The text with runs of white space made one space and the ends trimmed. */
    public static String clean(String text) {
        return SPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").trim();
    }

    /**
     * The key two sources' texts of one recommendation are compared on: lower case, no diacritics, no
     * punctuation, single spaces. Quotes, dashes and spacing differ between UPR Info and the UN reports.
     */
    public static String matchKey(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
