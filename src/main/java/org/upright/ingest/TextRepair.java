package org.upright.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans what lossy sources did to a recommendation's text, and only where the evidence is there: a character a
 * source lost ("M.ori", "non.citizens", "M\uFFFDori") is put back when the record spells that word whole elsewhere
 * ({@link WordVocabulary}); a paragraph number left at the start ("77.5. Ratify …") is taken off. Everything else
 * stays as the source gave it; the source's own text is kept in the provenance.
 */
final class TextRepair {
    /** A character a lossy conversion put in place of one it could not write. */
    private static final String DAMAGE = ".?\uFFFD";
    /**
     * Letters, one damage character, letters: at least four letters in all and two after the damage, so that
     * abbreviations ("e.g.", "i.e.", "U.S.") are never read as damaged words. Not followed by another damage character
     * or letter-dot chain ("a.k.a.").
     */
    private static final Pattern DAMAGED = Pattern.compile(
            "(?<![\\p{L}\\p{M}.?\uFFFD])([\\p{L}\\p{M}]+)([.?\uFFFD])([\\p{L}\\p{M}]{2,})(?![\\p{L}\\p{M}]|[.?\uFFFD][\\p{L}\\p{M}])");
    /** "77.5. ", "96.1.2 ", "(118.3) ": a report's paragraph number, followed by the text's first (capital) letter. */
    private static final Pattern LEADING_PARAGRAPH = Pattern.compile("^\\(?(\\d{1,3}(?:\\.\\d{1,3}){1,2})\\.?\\)?\\s+(?=\\p{Lu})");

    private final WordVocabulary vocabulary;

    TextRepair(WordVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The text repaired; the same string when there was nothing the record proves. */
    String repair(String text) {
        return restoreLostCharacters(withoutLeadingParagraph(text));
    }

    static String withoutLeadingParagraph(String text) {
        Matcher m = LEADING_PARAGRAPH.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    private String restoreLostCharacters(String text) {
        if (!containsDamage(text)) return text;
        Matcher m = DAMAGED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (m.group(1).length() + m.group(3).length() < 4) continue;
            var lost = vocabulary.lostCharacter(m.group(1), m.group(3));
            if (lost.isEmpty()) continue;
            out.append(text, last, m.start(2)).appendCodePoint(lost.getAsInt());
            last = m.end(2);
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean containsDamage(String text) {
        for (int i = 0; i < text.length(); i++) if (DAMAGE.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * How damaged a text looks on its own, to choose between two sources' copies of one recommendation: replacement
     * characters and letters joined by a full stop or question mark inside a word, plus one for a leading paragraph number.
     */
    static int damage(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\uFFFD') count++;
        Matcher m = DAMAGED.matcher(text);
        while (m.find()) if (m.group(1).length() + m.group(3).length() >= 4) count++;
        if (LEADING_PARAGRAPH.matcher(text).find()) count++;
        return count;
    }
}
