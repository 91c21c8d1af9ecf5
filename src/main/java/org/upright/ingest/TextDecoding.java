package org.upright.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a source file into text. The real files are UTF-8 or MacRoman (the UPR Info export and
 * the UN-report files were saved on Macs), sometimes with a byte-order mark, with CR, CRLF or mixed line ends.
 */
public final class TextDecoding {
    public static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

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
