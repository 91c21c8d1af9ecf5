package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.upright.recommendation.Response;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * The text of a UN Working Group report (A/HRC/…): every numbered recommendation of its "Conclusions and/or
 * recommendations" section, with the position the report prints for it. That position is not final: the state
 * may change it in the addendum it files before the Council adopts the outcome, so responseIsFinal is false.
 */
public final class WgReportParser implements SourceParser {
    private static final Pattern COMMENTS = Pattern.compile("(?i)\\bcomments?\\b");

    @Override
    public Format format() {
        return Format.WG_REPORT;
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        List<String> lines = List.of(TextDecoding.decode(file.bytes()).split("\n", -1));
        List<WgRecommendationSection.Paragraph> paragraphs = WgRecommendationSection.read(lines);
        if (paragraphs.stream().allMatch(p -> p.items().isEmpty())) {
            throw new NoRecommendationsException(file.name() + ": no numbered recommendations found under a \"Conclusions"
                    + " and/or recommendations\" heading; is this a Working Group report?");
        }
        WgReportHeader header = WgReportHeader.read(file.name(), lines, states);
        ClusteredRecommendations splitter = new ClusteredRecommendations(states);
        List<ParsedRecommendation> items = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Response response = response(paragraphs, p);
            // "the State under review offers the following comments:" numbers its comments like recommendations
            if (response == null && COMMENTS.matcher(paragraphs.get(p).text()).find()) continue;
            for (WgRecommendationSection.Item item : paragraphs.get(p).items()) {
                List<ClusteredRecommendations.Part> parts = splitter.split(item.text());
                for (int k = 0; k < parts.size(); k++) {
                    ClusteredRecommendations.Part part = parts.get(k);
                    // the first recommendation of an item keeps its number; the others are "124.1.1", "124.1.2"
                    String paragraph = k == 0 ? item.number() : item.number() + "." + k;
                    // an item starts on the line of its number, even when its text begins on the next line
                    int line = k == 0 ? item.line() : item.lineAt(part.start());
                    String problem = problem(part, paragraph);
                    if (problem != null) {
                        rejects.add(new Reject(file.name(), line, problem));
                    } else {
                        items.add(new ParsedRecommendation(line, header.state(), header.session(), header.year(),
                                paragraph, part.text(), part.states().stream().map(State::code).toList(), response,
                                false, false, null, List.of(), header.symbol()));
                    }
                }
            }
        }
        return new ParseResult(items, rejects, items.size() + rejects.size());
    }

    /**
     * The position of a paragraph's recommendations. Early reports list them first ("the following
     * recommendations were made to Benin:") and give the position in a later paragraph ("The response of Benin
     * to these recommendations will be included in the outcome report …"), sometimes after a second list
     * ("The response … to the recommendations in paragraphs 84 and 85 will be provided in due course").
     */
    private static Response response(List<WgRecommendationSection.Paragraph> paragraphs, int index) {
        Response response = WgResponseWording.of(paragraphs.get(index).text());
        for (int next = index + 1; response == null && next < paragraphs.size(); next++) {
            WgRecommendationSection.Paragraph later = paragraphs.get(next);
            Response stated = WgResponseWording.of(later.text());
            // a later list with a position of its own ends the search; a later list without one is skipped
            if (!later.items().isEmpty() && stated != null) break;
            if (later.items().isEmpty()) response = stated;
        }
        return response;
    }

    /** Why a recommendation cannot be imported, or null. */
    private static String problem(ClusteredRecommendations.Part part, String paragraph) {
        String where = "recommendation " + paragraph;
        if (part.text().isBlank()) return where + " has no text, only the states " + part.suffix();
        if (!part.unknown().isEmpty()) {
            String names = String.join("\", \"", part.unknown());
            if (part.unknown().size() == 1 && names.equalsIgnoreCase("none")) {
                return where + ": the report names no recommending state (\"(None)\"); add the state by hand if"
                        + " another source names it";
            }
            return where + ": unknown recommending state \"" + names + "\" in " + part.suffix()
                    + "; if it is a state's spelling, add it to states.tsv";
        }
        if (part.states().isEmpty()) {
            return where + ": no recommending state in brackets at its end (\"… (Mexico);\"); correct the text of"
                    + " the report";
        }
        return null;
    }
}
