package org.upright.followup;

import org.upright.i18n.Ui;
import org.upright.state.StateRef;

/**
 * A recommendation's repeats on the page: the chain in a sentence, the earlier recommendations it repeats and the
 * later ones repeating it with their scores, and for editors a confirm and a reject button on each link.
 *
 * @param problem what was wrong with the last decision sent, shown beside the links; null when none
 */
public record RepeatsPage(Repeats repeats, StateRef state, String text, String problem) {
    public long id() {
        return repeats.id().value();
    }

    /** Where a decision on the link between this recommendation and the other of the line is sent. */
    public String action(Repeats.Line line) {
        return line.earlier() ? "/recommendations/" + id() + "/repeats/" + line.id()
                : "/recommendations/" + line.id() + "/repeats/" + id();
    }

    public static String percent(double score) {
        return Ui.text("record.percent", Math.round(score * 100));
    }

    public static String decision(Repeats.Line line) {
        return Ui.text("repeats.decision." + (line.decision() == null ? "found" : line.decision().id()));
    }

    public static String response(Repeats.Line line) {
        String word = Ui.term("response", line.response() == null ? "No response" : line.response().label());
        return word.toLowerCase(Ui.lang().locale().toLocale());
    }

    public static String shortText(Repeats.Line line) {
        String t = line.text() == null ? "" : line.text();
        return t.length() <= 220 ? t : t.substring(0, 219).strip() + "…";
    }
}
