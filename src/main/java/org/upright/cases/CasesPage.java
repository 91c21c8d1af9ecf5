package org.upright.cases;

import java.util.List;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** The list of cases a viewer may see, with the state each is in. */
public record CasesPage(List<Row> rows, String query, StateRef state) {
    public record Row(Case item, StateRef state) {
        public String url() {
            return "/cases/" + item.id();
        }
    }

    static CasesPage of(List<Case> found, String query, StateRef state, StateLookup states) {
        return new CasesPage(found.stream().map(c -> new Row(c, states.ref(c.state()))).toList(), query, state);
    }
}
