package org.upright.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.upright.web.FieldProblems;
import org.upright.state.State;
import org.upright.state.StateLookup;

/** The form to create or change a case, with what was typed and what was wrong with it. */
public record CaseFormPage(CaseId id, CaseForm form, FieldProblems problems, List<State> states) {
    static CaseFormPage blank(StateLookup states) {
        return of(null, new CaseForm("", "", "open", "", "private"), List.of(), states);
    }

    static CaseFormPage of(CaseId id, CaseForm form, List<String> problems, StateLookup states) {
        List<State> all = states.directory().all().stream().sorted(Comparator.comparing(State::name)).toList();
        return new CaseFormPage(id, form, FieldProblems.of("case", Map.of(), problems), all);
    }

    public String action() {
        return id == null ? "/cases" : "/cases/" + id;
    }

    public boolean selected(State s) {
        return form.state() != null && (s.code().value().equalsIgnoreCase(form.state()) || s.name().equalsIgnoreCase(form.state()));
    }

    /** A state was typed that no option is (a hand-made request): kept as typed, so it can be seen and corrected. */
    public boolean unknownState() {
        return form.state() != null && !form.state().isBlank() && states.stream().noneMatch(this::selected);
    }
}
