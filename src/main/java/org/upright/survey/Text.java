package org.upright.survey;

/** How the survey forms tidy what was typed. */
final class Text {
    private Text() {
    }

    /** One line: trimmed, runs of spaces (and line breaks) made one space; "" for nothing. */
    static String line(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Several lines: trimmed, line breaks kept as \n. */
    static String block(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static boolean yes(String s) {
        return s != null && (s.equals("on") || s.equals("true") || s.equals("yes") || s.equals("1"));
    }
}
