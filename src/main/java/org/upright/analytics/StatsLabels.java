package org.upright.analytics;

import org.upright.common.StateCode;
import org.upright.search.CrossTable;
import org.upright.search.Facet;
import org.upright.state.RegionalGroup;
import org.upright.state.StateLookup;

/** The words a person reads for a dimension's value: state names for codes, group titles, "Cycle 2". */
final class StatsLabels {
    private final StateLookup states;

    StatsLabels(StateLookup states) {
        this.states = states;
    }

    String of(Facet facet, String value) {
        if (CrossTable.NONE.equals(value)) return facet == Facet.RESPONSE ? "No response" : "No " + noun(facet);
        return switch (facet) {
            case SUR, RS -> value.matches("[A-Z]{3}") ? states.ref(StateCode.of(value)).name() : value;
            case SUR_GROUP, RS_GROUP -> RegionalGroup.fromLabel(value).map(RegionalGroup::title).orElse(value);
            case CYCLE -> "Cycle " + value;
            case SESSION -> "Session " + value;
            case CATEGORY -> "Category " + value;
            default -> value;
        };
    }

    /** The dimension in a sentence: "recommending state", "issue". */
    static String noun(Facet facet) {
        return switch (facet) {
            case SUR -> "state under review";
            case SUR_GROUP -> "regional group of the state under review";
            case RS -> "recommending state";
            case RS_GROUP -> "regional group of the recommending state";
            case CATEGORY -> "action category";
            case SDG -> "SDG";
            case TARGET -> "SDG target";
            case GROUP -> "group of persons";
            default -> facet.id();
        };
    }
}
