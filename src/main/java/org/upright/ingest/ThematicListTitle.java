package org.upright.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state under review and the session, as the title of an OHCHR thematic list names them. The Word file
 * prints it in the page header ("UPR of Slovenia (3rd Cycle - 34th Session)"); the Markdown rendering turned
 * it into "# UPR 34th Session - Slovenia - Thematic List of Recommendations". Both spellings are read here so
 * the two formats agree.
 */
record ThematicListTitle(String stateName, int session) {

    private static final String ORDINAL = "(\\d+)\\s*(?:st|nd|rd|th)?";
    private static final String DASH = "\\s*[-–—]\\s*";

    /** "UPR of Slovenia (2nd Cycle – 20th session)": the Word page header. */
    private static final Pattern WORD_HEADER = Pattern.compile(
            "UPR\\s+of\\s+(.+?)\\s*\\(\\s*\\d+\\s*(?:st|nd|rd|th)?\\s+cycle" + DASH + ORDINAL + "\\s+session\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** "UPR 34th Session - Slovenia - Thematic List of Recommendations": the Markdown title. */
    private static final Pattern MARKDOWN_TITLE = Pattern.compile(
            "UPR\\s+" + ORDINAL + "\\s+session" + DASH + "(.+?)" + DASH + "thematic\\s+list",
            Pattern.CASE_INSENSITIVE);

    /** The first title found in the text, in either spelling. */
    static Optional<ThematicListTitle> find(String text) {
        Matcher word = WORD_HEADER.matcher(text);
        Matcher markdown = MARKDOWN_TITLE.matcher(text);
        boolean hasWord = word.find();
        boolean hasMarkdown = markdown.find();
        if (hasWord && (!hasMarkdown || word.start() <= markdown.start())) {
            return Optional.of(new ThematicListTitle(word.group(1).trim(), Integer.parseInt(word.group(2))));
        }
        if (hasMarkdown) {
            return Optional.of(new ThematicListTitle(markdown.group(2).trim(), Integer.parseInt(markdown.group(1))));
        }
        return Optional.empty();
    }
}
