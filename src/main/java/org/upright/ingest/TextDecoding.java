package org.upright.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a source file into text. The real files are UTF-8 or MacRoman (the UPR Info export and
 * the UN-report files were saved on Macs), sometimes with a byte-order mark, with CR, CRLF or mixed line ends.
 */
public final class TextDecoding {
    public static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** ’ ‘ “ ” – — ô é à á ç … after one or two MacRoman → windows-1252 round trips; rare in sound English text. */
    private static final String MOJIBAKE = "ÕÔÒÓÑÐÍ™ˆªŽ‡¡Â„œÊ¥ïîšŸ‰‹ƒ";
    private static final Pattern NON_SPACE = Pattern.compile("\\S+");

    private TextDecoding() {
    }

    /** The text of the file with line ends made "\n"; UTF-8 when the bytes are valid UTF-8, else MacRoman. */
    public static String decode(byte[] bytes) {
        return normaliseLineEnds(decodeRaw(bytes));
    }

    /** As {@link #decode} but keeps line ends as they are. */
    public static String decodeRaw(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return decodeLineByLine(bytes, start);
        }
    }

    /**
     * A file that is not UTF-8 as a whole is decoded line by line: files stitched together from several
     * sources mix UTF-8 lines with MacRoman ones, and each line is read in the encoding it is valid in.
     */
    private static String decodeLineByLine(byte[] bytes, int start) {
        StringBuilder text = new StringBuilder(bytes.length);
        int from = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                text.append(decodeLine(bytes, from, i));
                if (i < bytes.length) text.append((char) bytes[i]);
                from = i + 1;
            }
        }
        return text.toString();
    }

    private static String decodeLine(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, from, to - from, MAC_ROMAN);
        }
    }

    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Undoes MacRoman text that was once read as windows-1252 and saved again, as parts of the UN-report CSV
     * files were: "C™te dÕIvoire" is "Côte d’Ivoire", "womenÕs" is "women’s". Some words went through that
     * round trip twice ("dÍIvoire"). Each word is repaired on its own, because one field can mix damaged and
     * sound words, and only when the repair leaves fewer tell-tale characters: sound accents ("é", "’") would
     * turn into tell-tale ones and so are left alone.
     */
    public static String repairDoubleEncoding(String text) {
        if (text == null || text.chars().allMatch(c -> c < 128)) return text;
        Matcher word = NON_SPACE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (word.find()) word.appendReplacement(out, Matcher.quoteReplacement(repairWord(word.group())));
        word.appendTail(out);
        return out.toString();
    }

    /** The word after zero to three round trips undone, whichever leaves the fewest tell-tale characters. */
    private static String repairWord(String word) {
        String best = word;
        String candidate = word;
        for (int round = 0; round < 3 && mojibakeScore(best) > 0; round++) {
            if (!WINDOWS_1252.newEncoder().canEncode(candidate)) break;
            // "womenÍs" is two round trips from "women’s": its first undoing ("womenÕs") looks no better yet
            candidate = new String(candidate.getBytes(WINDOWS_1252), MAC_ROMAN);
            if (mojibakeScore(candidate) < mojibakeScore(best)) best = candidate;
        }
        return best;
    }

    /** How many characters of the word are what MacRoman punctuation and accents look like after the round trip. */
    private static int mojibakeScore(String word) {
        int score = 0;
        for (int i = 0; i < word.length(); i++) if (MOJIBAKE.indexOf(word.charAt(i)) >= 0) score++;
        return score;
    }

    public static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * True when the bytes look like a binary file rather than text: NUL bytes or many control characters
     * in the first kilobytes. Zip containers (docx) are binary too and are detected before this is asked.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }
}
