package org.upright.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Reads one entry of an OHCHR thematic list, whichever format it came in. Both parsers hand over the entry
 * as the lines it shows, in the order of the Word table's columns (the Markdown rendering keeps that order):
 * <pre>
 * 121.1 Ratify the … (France) (Lithuania);        recommendation, may run over several lines
 * Source of Position: A/HRC/43/15 - Para 121
 * Supported                                        position
 * - Acceptance of international norms              themes ("A12 Acceptance …" in the 2nd cycle)
 * SDGs:
 * - 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS
 * Affected persons:
 * - Disappeared persons
 * </pre>
 * Entities are decoded before (the Markdown parser's job), so this class sees the same lines for both formats.
 * It collects what it made of the entries of one file.
 */
final class ThematicEntryReader {

    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?(?:\\s+|$)(.*)$");
    private static final Pattern SOURCE = Pattern.compile("^source\\s+of\\s+position\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** The symbol part of "A/HRC/43/15/Add.1 - Para.4" or "A/HRC/28/15/Add.1, para. 3 - Para. 3". */
    private static final Pattern SYMBOL = Pattern.compile("^([A-Z]+(?:/[A-Za-z0-9.]+)+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEADING = Pattern.compile("^theme\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private enum Section { THEMES, SDGS, GROUPS }

    private final String fileName;
    private final StateCode stateUnderReview;
    private final int session;
    private final RecommendingStateSuffixes suffixes;
    private final List<ParsedRecommendation> items = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ThematicEntryReader(String fileName, StateCode stateUnderReview, int session, StateDirectory states) {
        this.fileName = fileName;
        this.stateUnderReview = stateUnderReview;
        this.session = session;
        this.suffixes = new RecommendingStateSuffixes(states);
    }

    /**
     * A reader for the file whose title is somewhere in {@code titleText}; the file is unusable without it,
     * since every recommendation needs the state under review.
     */
    static ThematicEntryReader forTitle(SourceFile file, String titleText, StateDirectory states) {
        ThematicListTitle title = ThematicListTitle.find(titleText).orElseThrow(() -> new ImportException(
                file.name() + ": no title naming the state under review and the session was found. An OHCHR "
                        + "thematic list has one, like \"UPR of Slovenia (3rd Cycle - 34th Session)\" in the Word "
                        + "page header or \"# UPR 34th Session - Slovenia - Thematic List of Recommendations\" in "
                        + "the Markdown rendering; is this a thematic list?"));
        State state = states.resolve(title.stateName()).orElseThrow(() -> new ImportException(
                file.name() + ": the title names \"" + title.stateName() + "\" as the state under review, which "
                        + "is no state UPRight knows; correct the title or add the name to the state directory."));
        return new ThematicEntryReader(file.name(), state.code(), title.session(), states);
    }

    /**
     * Reads one entry.
     *
     * @param line    where the entry starts: the line in a Markdown file, the table row in a Word file
     * @param heading the "Theme: …" row the entry is listed under, or null before the first one
     * @param lines   the entry's lines as described above
     */
    void read(int line, String heading, List<String> lines) {
        List<String> rest = new ArrayList<>();
        for (String l : lines) if (!l.isBlank()) rest.add(SPACES.matcher(l.strip()).replaceAll(" "));
        if (rest.isEmpty()) {
            reject(line, "the row is empty; delete it or fill in the recommendation");
            return;
        }
        String paragraph = null;
        Matcher numbered = PARAGRAPH.matcher(rest.get(0));
        if (numbered.matches()) {
            paragraph = numbered.group(1);
            rest.set(0, numbered.group(2));
        }
        String name = paragraph == null ? "the recommendation" : "recommendation " + paragraph;

        StringBuilder printed = new StringBuilder();
        while (!rest.isEmpty() && !isSource(rest.get(0)) && Response.parse(rest.get(0)).isEmpty()) {
            printed.append(' ').append(rest.remove(0));
        }
        String documentSymbol = null;
        if (!rest.isEmpty() && isSource(rest.get(0))) documentSymbol = symbol(rest.remove(0));
        Optional<Response> response = rest.isEmpty() ? Optional.empty() : Response.parse(rest.get(0));
        if (response.isPresent()) rest.remove(0);

        RecommendingStateSuffixes.Split split = suffixes.split(printed.toString().strip());
        if (split.text().isEmpty()) {
            reject(line, name + " has no text; fill it in or delete the row");
        } else if (!split.unknown().isEmpty()) {
            reject(line, name + " names recommending states UPRight does not know: "
                    + String.join(", ", split.unknown().stream().map(n -> "\"" + n + "\"").toList())
                    + "; correct the spelling or add the name to the state directory");
        } else if (split.states().isEmpty()) {
            reject(line, name + " names no recommending state; the text should end with the state in "
                    + "brackets, like \"(France);\"");
        } else if (response.isEmpty()) {
            reject(line, name + " has no position; the Position column should say Supported or Noted");
        } else {
            items.add(new ParsedRecommendation(line, stateUnderReview, session, null, paragraph, split.text(),
                    split.states().stream().map(State::code).toList(), response.get(), true, false, null,
                    labels(heading, rest), documentSymbol));
        }
    }

    /** The theme of a "Theme: …" row that groups the entries below it, or empty for any other line. */
    static Optional<String> heading(String line) {
        Matcher heading = HEADING.matcher(line.strip());
        return heading.matches() ? Optional.of(heading.group(1).strip()) : Optional.empty();
    }

    /** True for the line an entry starts with: its paragraph number ("121.1 Ratify …"). */
    static boolean startsEntry(String line) {
        return PARAGRAPH.matcher(line.strip()).matches();
    }

    ParseResult result() {
        return new ParseResult(items, rejects, items.size() + rejects.size());
    }

    /**
     * The entry's own list is complete in the real files (it always repeats the heading's theme); the heading
     * is added anyway in case a list leaves it out, since OHCHR filed the recommendation under it.
     */
    private static List<Label> labels(String heading, List<String> lines) {
        Set<Label> labels = new LinkedHashSet<>();
        Section section = Section.THEMES;
        for (String l : lines) {
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sdgs:") || lower.startsWith("sdg:")) {
                section = Section.SDGS;
                continue;
            }
            if (lower.startsWith("affected persons:")) {
                section = Section.GROUPS;
                continue;
            }
            String value = l.startsWith("-") ? l.substring(1).strip() : l;
            if (value.isEmpty()) continue;
            switch (section) {
                case THEMES -> labels.add(Label.fromSource(LabelKind.THEME, ThematicLabels.theme(value)));
                // A line that is no goal number carries nothing UPRight can store as an SDG.
                case SDGS -> ThematicLabels.sdg(value).ifPresent(v -> labels.add(Label.fromSource(LabelKind.SDG, v)));
                case GROUPS -> ThematicLabels.group(value).ifPresent(v -> labels.add(Label.fromSource(LabelKind.GROUP, v)));
            }
        }
        if (heading != null && !ThematicLabels.theme(heading).isEmpty()) {
            labels.add(Label.fromSource(LabelKind.THEME, ThematicLabels.theme(heading)));
        }
        return List.copyOf(labels);
    }

    private static boolean isSource(String line) {
        return SOURCE.matcher(line).matches();
    }

    private static String symbol(String sourceLine) {
        Matcher source = SOURCE.matcher(sourceLine);
        if (!source.matches()) return null;
        Matcher symbol = SYMBOL.matcher(source.group(1).strip());
        return symbol.find() ? symbol.group(1).replaceFirst("\\.$", "") : null;
    }

    private void reject(int line, String reason) {
        rejects.add(new Reject(fileName, line, reason));
    }
}
