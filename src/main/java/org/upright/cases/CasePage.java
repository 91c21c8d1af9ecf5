package org.upright.cases;

import java.util.List;
import org.upright.recommendation.Recommendation;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;
import org.upright.web.FieldProblems;

/**
 * One case as its viewer may see it, with the editor's forms: what was typed in a form that came back with
 * problems, and the recommendations found for the words typed to link one (null when none were looked for).
 */
public record CasePage(CaseDetail detail, StateRef state, List<Recommendation> recommendations, FieldProblems forms,
                       String find, List<Recommendation> choices) {
    static CasePage of(CaseDetail detail, List<Recommendation> linked, StateLookup states) {
        return new CasePage(detail, states.ref(detail.item().state()), linked, FieldProblems.none(), "", null);
    }

    CasePage with(FieldProblems problems) {
        return new CasePage(detail, state, recommendations, problems, find, choices);
    }

    CasePage choosing(String words, List<Recommendation> found) {
        return new CasePage(detail, state, recommendations, forms, words, found);
    }

    public Case item() {
        return detail.item();
    }

    public String url() {
        return "/cases/" + item().id();
    }
}
