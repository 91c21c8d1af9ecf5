package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.state.StateDirectory;

/**
 * Reads the Markdown rendering of an OHCHR thematic list: a title, then the Word table flattened into lines,
 * one cell paragraph a line, "Theme: …" rows between the entries, each entry starting with its paragraph
 * number. The rendering kept Word's "&amp;" as HTML entities; they are decoded so both formats read alike.
 */
public final class ThematicListMarkdownParser implements SourceParser {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    @Override
    public Format format() {
        return Format.OHCHR_THEMATIC_MD;
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        if (file.bytes().length == 0) {
            throw new ImportException(file.name() + ": the file is empty; expected the Markdown rendering of an "
                    + "OHCHR thematic list of recommendations.");
        }
        if (TextDecoding.looksBinary(file.bytes())) {
            throw new ImportException(file.name() + ": this is a binary file, not Markdown text; for the Word "
                    + "document use the format " + Format.OHCHR_THEMATIC_DOCX.id() + ".");
        }
        // normaliseLineEnds turns CRLF into one line end, so line numbers are those an editor shows.
        String[] lines = TextDecoding.decode(file.bytes()).split("\n", -1);
        ThematicEntryReader reader = ThematicEntryReader.forTitle(file, titleBlock(lines), states);
        String heading = null;
        int entryLine = 0;
        List<String> entry = null;
        for (int i = 0; i < lines.length; i++) {
            String line = decodeEntities(lines[i]);
            Optional<String> theme = ThematicEntryReader.heading(line);
            boolean starts = ThematicEntryReader.startsEntry(line);
            if ((theme.isPresent() || starts) && entry != null) {
                reader.read(entryLine, heading, entry);
                entry = null;
            }
            if (theme.isPresent()) {
                heading = theme.get();
            } else if (starts) {
                entryLine = i + 1;
                entry = new ArrayList<>(List.of(line));
            } else if (entry != null) {
                entry.add(line);
            }
        }
        if (entry != null) reader.read(entryLine, heading, entry);
        return reader.result();
    }

    /** The lines before the first entry or theme: where the title is. */
    private static String titleBlock(String[] lines) {
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (ThematicEntryReader.startsEntry(line) || ThematicEntryReader.heading(line).isPresent()) break;
            block.append(line).append('\n');
        }
        return block.toString();
    }

    static String decodeEntities(String line) {
        if (line.indexOf('&') < 0) return line;
        Matcher m = ENTITY.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> codePoint(name).map(cp -> Character.toString(cp)).orElse(m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<Integer> codePoint(String numeric) {
        try {
            int cp = numeric.startsWith("#x") || numeric.startsWith("#X")
                    ? Integer.parseInt(numeric.substring(2), 16)
                    : Integer.parseInt(numeric.substring(1));
            return Character.isValidCodePoint(cp) ? Optional.of(cp) : Optional.empty();
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
