package org.upright.cases;

import java.util.Comparator;
import java.util.List;
import org.upright.state.State;
import org.upright.state.StateLookup;

/** The form to create or change a case, with what was typed and what was wrong with it. */
public record CaseFormPage(CaseId id, CaseForm form, List<String> problems, List<State> states) {
    static CaseFormPage blank(StateLookup states) {
        return of(null, new CaseForm("", "", "open", "", "private"), List.of(), states);
    }

    static CaseFormPage of(CaseId id, CaseForm form, List<String> problems, StateLookup states) {
        List<State> all = states.directory().all().stream().sorted(Comparator.comparing(State::name)).toList();
        return new CaseFormPage(id, form, problems, all);
    }

    public String action() {
        return id == null ? "/cases" : "/cases/" + id;
    }

    public boolean selected(State s) {
        return form.state() != null && (s.code().value().equalsIgnoreCase(form.state()) || s.name().equalsIgnoreCase(form.state()));
    }
}
