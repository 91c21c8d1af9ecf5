package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.WgRecommendationSection.Segment;

/**
 * Cuts the lines of a report's recommendations section into numbered blocks ("124.", "124.1 …", "1.") with
 * their text, leaving out what the conversion to text put between them: page headers and numbers, footnotes,
 * the state's comments.
 */
final class WgNumberedBlocks {

    /** Where the list ends: the closing disclaimer, the voluntary commitments, the annex. */
    private static final Pattern END = Pattern.compile("(?i)^\\s*(?:\\d{1,3}\\.\\s*)?(?:"
            + "(?:all\\s+)?(?:the\\s+)?conclusions\\s+and(?:/or)?\\s+recommendations\\s+contained"
            + "|(?:[IVX]+\\.\\s*)?voluntary\\s+(?:commitments|pledges)"
            + "|annex\\b|composition of the delegation)");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\s*(\\d{1,3})\\.(\\d{1,3})\\.?(?:\\s+(.*))?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\.(?:\\s+(.*))?$");
    private static final Pattern DOTLESS = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\p{Lu}.*)$");
    /**
     * Footnote marks ("** Conclusions and recommendations have not been edited."), page headers and page
     * numbers that fall between the lines of a recommendation.
     */
    private static final Pattern NOISE = Pattern.compile("(?i)^\\s*(?:\\*.*|A/HRC/\\s?\\d+/\\s?\\d+.*|page\\s+\\d+"
            + "|GE\\.\\d\\d-\\d+.*|\\d{1,3}|\\[English only\\]"
            + "|(?:the\\s+)?conclusions\\s+and(?:/or)?\\s+recommendations\\s+(?:have|will)\\s+not\\s+be(?:en)?\\s+edited.*)"
            + "\\s*$");
    /** "3 The recommendation as read in the interactive dialogue: …", "14 Uganda upholds …": a footnote. */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*\\d{1,2}\\s+(?!(?:January|February|March|April|May"
            + "|June|July|August|September|October|November|December)\\b)\\p{Lu}");
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(?:(?:The|These|All|Other) recommendations\\b"
            + "|With (?:respect|regard) to\\b)");
    private static final Pattern ENDED = Pattern.compile("[;.]\\s*\\d{0,2}\\s*$");
    /** The number of a block that has none: a sentence about the recommendations above. */
    static final int UNNUMBERED = -1;

    private WgNumberedBlocks() {
    }

    /** A numbered run of lines: the number(s) at its start, its text, and where each line begins in the text. */
    static final class Block {
        final int line;
        final int number;
        final int subNumber;
        final StringBuilder text = new StringBuilder();
        final List<Segment> segments = new ArrayList<>();
        boolean commentFollows;

        Block(int line, int number, int subNumber, String firstText) {
            this.line = line;
            this.number = number;
            this.subNumber = subNumber;
            append(line, firstText == null ? "" : firstText);
        }

        void append(int lineNumber, String lineText) {
            String clean = Texts.clean(lineText);
            if (clean.isEmpty() || commentFollows) return;
            // "… (United Kingdom). COMMENTS: The Government of Bolivia recognizes …" is the state's answer
            int comment = clean.indexOf("COMMENTS:");
            if (comment >= 0) {
                commentFollows = true;
                clean = clean.substring(0, comment).strip();
                if (clean.isEmpty()) return;
            }
            if (!text.isEmpty()) text.append(' ');
            segments.add(new Segment(text.length(), lineNumber));
            text.append(clean);
        }

        /** True when the text has reached the end of a recommendation: "(Mexico);", "(Mexico).". */
        boolean ended() {
            return ENDED.matcher(text).find();
        }
    }

    /** The blocks from line index {@code from} to the end of the section. */
    static List<Block> read(List<String> lines, int from) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        boolean inFootnote = false;
        for (int i = from; i < lines.size(); i++) {
            if (END.matcher(lines.get(i)).find()) break;
            for (String line : splitAtEmbeddedItem(lines.get(i), current)) {
                if (NOISE.matcher(line).matches() || line.isBlank()) continue;
                Block next = numberedBlock(i + 1, line, current);
                if (next != null) {
                    current = next;
                    blocks.add(current);
                    inFootnote = false;
                } else if (FOOTNOTE.matcher(line).find()) {
                    inFootnote = true;
                } else if (current != null && current.ended() && STATEMENT.matcher(line).find()) {
                    // "The recommendations listed above enjoy the support of Morocco.": a paragraph without a number
                    current = new Block(i + 1, UNNUMBERED, -1, line);
                    blocks.add(current);
                } else if (current != null && !(inFootnote && current.ended())) {
                    // a footnote's further lines go on until the recommendation it interrupted goes on
                    current.append(i + 1, line);
                    inFootnote = false;
                }
            }
        }
        return blocks;
    }

    /** The block a line starts ("124.1 …", "12.", "73 Take …" right after item 72), or null. */
    private static Block numberedBlock(int lineNumber, String line, Block current) {
        Matcher sub = SUB_ITEM.matcher(line);
        if (sub.matches()) {
            return new Block(lineNumber, Integer.parseInt(sub.group(1)), Integer.parseInt(sub.group(2)), sub.group(3));
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) return new Block(lineNumber, Integer.parseInt(numbered.group(1)), -1, numbered.group(2));
        // an item number that lost its dot; told from a footnote by following the item before it
        Matcher dotless = DOTLESS.matcher(line);
        if (dotless.matches() && current != null && current.subNumber < 0
                && Integer.parseInt(dotless.group(1)) == current.number + 1) {
            return new Block(lineNumber, current.number + 1, -1, dotless.group(2));
        }
        return null;
    }

    /** "89.21 Sign … to CRC. (Portugal) 89.22 Consider signing …": two items on one line. */
    private static List<String> splitAtEmbeddedItem(String line, Block current) {
        Matcher sub = SUB_ITEM.matcher(line);
        boolean startsItem = sub.matches();
        if (!startsItem && (current == null || current.subNumber < 0)) return List.of(line);
        int number = startsItem ? Integer.parseInt(sub.group(1)) : current.number;
        int subNumber = startsItem ? Integer.parseInt(sub.group(2)) : current.subNumber;
        String next = number + "." + (subNumber + 1);
        Matcher m = Pattern.compile("(?<=[);.]\\s{1,3})" + Pattern.quote(next) + "\\.?\\s+(?=\\p{Lu})").matcher(line);
        if (!m.find() || line.substring(0, m.start()).isBlank()) return List.of(line);
        List<String> pieces = new ArrayList<>(List.of(line.substring(0, m.start())));
        pieces.addAll(splitAtEmbeddedItem(line.substring(m.start()), null));
        return pieces;
    }
}
