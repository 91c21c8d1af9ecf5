package org.upright.cases;

import java.util.List;
import org.upright.recommendation.Recommendation;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** One case as its viewer may see it. */
public record CasePage(CaseDetail detail, StateRef state, List<Recommendation> recommendations) {
    static CasePage of(CaseDetail detail, List<Recommendation> linked, StateLookup states) {
        return new CasePage(detail, states.ref(detail.item().state()), linked);
    }

    public Case item() {
        return detail.item();
    }
}
