package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

/** One row of the Explorer sheet as text, with what can be read from its cells. */
record ExplorerRow(int line, String stateUnderReview, String text, String responseText, String recommendingStateText,
                   String document, String goals, String targets, String keywords, String fieldYear) {
    /** "2014 Cycle 2". */
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)\\b");

    /** What is wrong with the row, or null when it can be imported. */
    String problem(StateDirectory states) {
        if (text.isBlank()) return "the Tekst column (the recommendation's text) is empty";
        if (stateUnderReview.isBlank()) return "the Recommendation column (the state under review) is empty";
        if (states.resolve(stateUnderReview).isEmpty()) {
            return "unknown state under review '" + stateUnderReview + "' in the Recommendation column: correct the name";
        }
        if (!responseText.isBlank() && response() == null) {
            return "unknown Response '" + responseText + "': expected Supported or Noted";
        }
        if (!recommendingStateText.isBlank() && states.resolve(recommendingStateText).isEmpty()) {
            return "unknown recommending state '" + recommendingStateText + "': correct the name";
        }
        if (ReportCitation.parse(document).isEmpty()) {
            return "the Document column '" + document + "' names no Working Group report: expected"
                    + " Source:A/HRC/<Council session>/<number>|<paragraph>| as in Source:A/HRC/28/10|124.1|";
        }
        return null;
    }

    Response response() {
        return Response.parse(responseText).filter(r -> r != Response.PENDING).orElse(null);
    }

    Optional<String> recommendingState() {
        return recommendingStateText.isBlank() ? Optional.empty() : Optional.of(recommendingStateText);
    }

    ReportCitation citation() {
        return ReportCitation.parse(document).orElseThrow();
    }

    Optional<Integer> year() {
        Matcher m = YEAR.matcher(fieldYear);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Goals, targets and groups of persons, as labels given by the source. */
    List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        SdgCodes.goals(goals).forEach(g -> labels.add(Label.fromSource(LabelKind.SDG, g)));
        SdgCodes.targets(targets).forEach(t -> labels.add(Label.fromSource(LabelKind.SDG_TARGET, t)));
        GroupKeywords.split(keywords).forEach(g -> labels.add(Label.fromSource(LabelKind.GROUP, g)));
        return labels;
    }
}
