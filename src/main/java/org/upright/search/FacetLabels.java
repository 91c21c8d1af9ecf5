package org.upright.search;

import org.upright.common.Sdg;
import org.upright.common.StateCode;
import org.upright.recommendation.ActionCategory;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.state.RegionalGroup;
import org.upright.state.StateLookup;

/** How a facet value reads for people: state names for codes, group titles for labels, words for numbers. */
final class FacetLabels {
    private final StateLookup states;

    FacetLabels(StateLookup states) {
        this.states = states;
    }

    String label(Facet facet, String value) {
        try {
            return switch (facet) {
                case SUR, RS -> states.ref(StateCode.of(value)).name();
                case SUR_GROUP, RS_GROUP -> RegionalGroup.fromLabel(value).map(RegionalGroup::title).orElse(value);
                case CYCLE -> switch (value) {
                    case "1" -> "Cycle 1 (2008–2011)";
                    case "2" -> "Cycle 2 (2012–2016)";
                    case "3" -> "Cycle 3 (2017–2022)";
                    case "4" -> "Cycle 4 (2022–2027)";
                    default -> "Cycle " + value;
                };
                case SESSION -> "Session " + value;
                case CATEGORY -> ActionCategory.of(Integer.parseInt(value))
                        .map(a -> a.number() + " — " + a.meaning()).orElse(value);
                case SDG -> new Label(LabelKind.SDG, value, LabelOrigin.SOURCE).shown();
                case TARGET -> new Label(LabelKind.SDG_TARGET, value, LabelOrigin.SOURCE).shown();
                case KIND -> value.equalsIgnoreCase("pledge") ? "Voluntary pledge" : "Recommendation";
                case ORIGIN -> switch (value) {
                    case "source" -> "Given by the source";
                    case "person" -> "Given or accepted by a person";
                    case "machine" -> "Suggested by the classifier";
                    default -> value;
                };
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            // a value this version cannot read (a bad code, NumberFormatException): show it as it is
            return value;
        }
    }
}
