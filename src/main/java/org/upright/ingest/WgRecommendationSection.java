package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.upright.ingest.WgNumberedBlocks.Block;

/**
 * Finds the "Conclusions and/or recommendations" section of a Working Group report and reads it as numbered
 * paragraphs (the report's own numbering: "124. The following recommendations …") with the recommendations
 * listed under each. Reports of cycle 2 number the recommendations "124.1", "124.2"; reports of cycle 1 number
 * them "1.", "2." under the paragraph, often with the number alone on its line; both become "124.1".
 */
final class WgRecommendationSection {

    /** A paragraph of the section: its number, the line it starts on, its text and the items listed under it. */
    record Paragraph(int number, int line, String text, List<Item> items) {
    }

    /**
     * A numbered item: "124.1", the line it starts on, and its text with line breaks made single spaces. A
     * cycle-1 item often holds several recommendations; {@link #lineAt} gives the line of any place in the text.
     */
    record Item(String number, int line, String text, List<Segment> segments) {
        int lineAt(int offset) {
            int found = line;
            for (Segment s : segments) if (s.offset() <= offset) found = s.line();
            return found;
        }
    }

    /** Where in an item's text a line of the file begins. */
    record Segment(int offset, int line) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:[IVX]+\\.?\\s*)?conclusions\\s+(?:and/or|and)\\s+recommendations\\W*$");
    /** What the text of a paragraph says, rather than a recommendation ending in "(State);". */
    private static final Pattern PARAGRAPH_WORDS = Pattern.compile(
            "(?i)recommendation|conclusion|respon|support|examin|noted|comment|State under review");
    private static final Pattern ENDS_WITH_STATES = Pattern.compile("\\)\\s*\\d{0,2}\\s*[;.,]?\\s*(?:and)?\\s*$");

    private WgRecommendationSection() {
    }

    /** The paragraphs of the section in order; empty when the report has no such section. */
    static List<Paragraph> read(List<String> lines) {
        int start = start(lines);
        if (start < 0) return List.of();
        List<Block> blocks = WgNumberedBlocks.read(lines, start + 1);
        return paragraphs(blocks);
    }

    /** The last heading that is not a line of the table of contents (those carry dot leaders and page numbers). */
    private static int start(List<String> lines) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (HEADING.matcher(lines.get(i).replace("*", "")).matches()) found = i;
        }
        return found;
    }

    /**
     * Tells paragraphs from items. A "124.1" is an item of paragraph 124. A plain "95." is the next paragraph
     * when the numbering of paragraphs continues there, an item when the numbering of items does; when both
     * do (item 95 of paragraph 94), the text decides: an item ends with its recommending states.
     */
    private static List<Paragraph> paragraphs(List<Block> blocks) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph paragraph = null;
        boolean subItems = false;
        int lastSub = 0;
        int lastItem = 0;
        for (Block b : blocks) {
            String text = b.text.toString();
            if (b.number == WgNumberedBlocks.UNNUMBERED) {
                // it speaks of the recommendations above: a paragraph to read their position from, with no items
                if (paragraph != null) paragraphs.add(new Paragraph(paragraph.number(), b.line, text, new ArrayList<>()));
                continue;
            }
            if (b.subNumber >= 0) {
                Paragraph owner = owner(paragraphs, paragraph, b, subItems ? lastSub : 0);
                if (owner == null) {
                    // items whose paragraph has no introduction of its own
                    owner = new Paragraph(b.number, b.line, "", new ArrayList<>());
                    paragraphs.add(owner);
                }
                owner.items().add(item(b.number + "." + b.subNumber, b));
                if (owner != paragraph && owner != paragraphs.getLast()) continue;
                paragraph = owner;
                subItems = true;
                lastSub = b.subNumber;
                continue;
            }
            boolean nextParagraph = paragraph == null
                    || b.number > paragraph.number() && b.number <= paragraph.number() + 3;
            boolean nextItem = paragraph != null && !subItems && b.number > lastItem && b.number <= lastItem + 3;
            if (nextParagraph && nextItem) {
                boolean readsAsParagraph = PARAGRAPH_WORDS.matcher(text).find()
                        && !ENDS_WITH_STATES.matcher(text).find();
                nextItem = !readsAsParagraph;
                nextParagraph = readsAsParagraph;
            }
            if (nextParagraph) {
                // the voluntary commitments that follow the recommendations in some 2008 reports are no recommendations
                if (text.toLowerCase(Locale.ROOT).contains("voluntary commitments")) break;
                paragraph = new Paragraph(b.number, b.line, text, new ArrayList<>());
                paragraphs.add(paragraph);
                subItems = false;
                lastSub = 0;
                lastItem = 0;
            } else if (nextItem) {
                paragraph.items().add(item(paragraph.number() + "." + b.number, b));
                lastItem = b.number;
            } else if (paragraph != null && !paragraph.items().isEmpty()) {
                // a number that starts a line inside running text ("… in paragraph\n12. above") is text
                Item last = paragraph.items().removeLast();
                paragraph.items().add(new Item(last.number(), last.line(), last.text() + " " + b.number + ". " + text,
                        last.segments()));
            }
        }
        return paragraphs;
    }

    /**
     * The paragraph a "124.1" item belongs to: its own number's; else an earlier paragraph of that number,
     * because the conversion to text moved lines ("114.2" and "114.3" of Bolivia 2014 stand under paragraph
     * 115); else the current one, whose number the report misprinted ("128.12" between 129.11 and 129.13,
     * "114.2" as the first item under 115); null when none fits.
     */
    private static Paragraph owner(List<Paragraph> paragraphs, Paragraph current, Block b, int lastSub) {
        if (current != null && b.number == current.number()) return current;
        boolean continues = current != null && (b.subNumber == lastSub + 1 || current.items().isEmpty());
        if (!(continues && b.subNumber == lastSub + 1)) {
            for (Paragraph p : paragraphs) {
                if (p.number() == b.number && !p.items().isEmpty()) return p;
            }
        }
        return continues ? current : null;
    }

    private static Item item(String number, Block b) {
        return new Item(number, b.line, b.text.toString(), List.copyOf(b.segments));
    }
}
