package org.upright.analytics;

import java.util.Locale;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.search.CrossTable;
import org.upright.search.Facet;
import org.upright.state.RegionalGroup;
import org.upright.state.StateLookup;

/**
 * The words a person reads for a dimension's value, in the reader's language (the request thread's: see {@link Ui}):
 * state names for codes, group titles, "Cycle 2", the record's vocabulary. Values stay as the record holds them.
 */
final class StatsLabels {
    private final StateLookup states;

    StatsLabels(StateLookup states) {
        this.states = states;
    }

    String of(Facet facet, String value) {
        if (CrossTable.NONE.equals(value)) {
            return facet == Facet.RESPONSE ? Ui.term("response", "No response") : Ui.text("stats.none", noun(facet));
        }
        return switch (facet) {
            case SUR, RS -> value.matches("[A-Z]{3}") ? Ui.state(states.ref(StateCode.of(value))) : value;
            case SUR_GROUP, RS_GROUP -> RegionalGroup.fromLabel(value)
                    .map(g -> Ui.text("group." + g.label().toLowerCase(Locale.ROOT))).orElse(value);
            case CYCLE -> Ui.term("cycle", "Cycle {0}").replace("{0}", value);
            case SESSION -> Ui.term("session", "Session {0}").replace("{0}", value);
            case CATEGORY -> Ui.text("stats.category_value", value);
            case ISSUE, THEME, GROUP, RESPONSE -> Ui.term(facet.id(), value);
            default -> value;
        };
    }

    /** The dimension in a sentence: "recommending state", "issue". */
    static String noun(Facet facet) {
        return Ui.text("stats.noun." + facet.id());
    }
}
