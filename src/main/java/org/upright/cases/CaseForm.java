package org.upright.cases;

import java.util.ArrayList;
import java.util.List;
import org.upright.i18n.Ui;
import org.upright.common.StateCode;
import org.upright.common.Visibility;

/** What a person typed to create or change a case, checked before anything is written. */
public record CaseForm(String name, String state, String status, String summary, String visibility) {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;

    /** The case's fields once valid, or the problems, each naming the field and what to do. */
    record Checked(String name, StateCode state, String status, String summary, Visibility visibility, List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    Checked check(java.util.function.Function<String, java.util.Optional<StateCode>> states) {
        List<String> problems = new ArrayList<>();
        String n = clean(name);
        if (n.isEmpty()) problems.add("Name: " + Ui.text("cases.problem.name"));
        else if (n.length() > MAX_NAME) problems.add("Name: " + Ui.text("cases.problem.too_long", MAX_NAME));
        StateCode code = null;
        if (clean(state).isEmpty()) problems.add("State: " + Ui.text("cases.problem.state"));
        else code = states.apply(clean(state)).orElse(null);
        if (code == null && !clean(state).isEmpty()) problems.add("State: " + Ui.text("cases.problem.no_state", clean(state)));
        String st = clean(status);
        if (st.isEmpty()) st = "open";
        if (st.length() > MAX_NAME) problems.add("Status: " + Ui.text("cases.problem.too_long", MAX_NAME));
        String sum = summary == null ? "" : summary.strip();
        if (sum.length() > MAX_TEXT) problems.add("Summary: " + Ui.text("cases.problem.too_long", MAX_TEXT));
        Visibility v = visibility(visibility, problems);
        return new Checked(n, code, st, sum, v, List.copyOf(problems));
    }

    /** What was chosen, private when nothing was (what concerns people at risk stays private unless said otherwise). */
    static Visibility visibility(String typed, List<String> problems) {
        if (typed == null || typed.isBlank()) return Visibility.PRIVATE;
        Visibility v = Visibility.parse(typed).orElse(null);
        if (v == null) problems.add("Visibility: " + Ui.text("cases.problem.visibility", typed));
        return v;
    }

    static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
