package org.upright.search;

import org.upright.common.Language;
import org.upright.common.Sdg;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.i18n.Vocabulary;
import org.upright.recommendation.ActionCategory;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.state.RegionalGroup;
import org.upright.state.StateLookup;

/** How a facet value reads for people: state names for codes, group titles for labels, words for numbers. */
final class FacetLabels {
    /** McMahon's names of the five action categories, as the vocabulary holds them. */
    private static final java.util.List<String> CATEGORY_NAMES = java.util.List.of("Minimal action", "Continuing action",
            "Considering action", "General action", "Specific action");

    private final StateLookup states;

    FacetLabels(StateLookup states) {
        this.states = states;
    }

    /** The value as the reader's language names it (the thread's language: see {@link Ui}). */
    String label(Facet facet, String value) {
        Language language = Ui.lang();
        try {
            return switch (facet) {
                case SUR, RS -> Ui.state(states.ref(StateCode.of(value)));
                case SUR_GROUP, RS_GROUP -> RegionalGroup.fromLabel(value)
                        .map(g -> Ui.text("group." + g.label().toLowerCase(java.util.Locale.ROOT))).orElse(value);
                case CYCLE -> switch (value) {
                    case "1" -> Ui.text("facet.cycle.years", 1, "2008–2011");
                    case "2" -> Ui.text("facet.cycle.years", 2, "2012–2016");
                    case "3" -> Ui.text("facet.cycle.years", 3, "2017–2022");
                    case "4" -> Ui.text("facet.cycle.years", 4, "2022–2027");
                    default -> Vocabulary.bundled().term("cycle", "Cycle {0}", language).replace("{0}", value);
                };
                case SESSION -> Vocabulary.bundled().term("session", "Session {0}", language).replace("{0}", value);
                case CATEGORY -> ActionCategory.of(Integer.parseInt(value))
                        .map(a -> a.number() + " — " + (language == Language.EN ? a.meaning()
                                : Vocabulary.bundled().term("category", CATEGORY_NAMES.get(a.number() - 1), language))).orElse(value);
                case SDG -> sdg(value, language);
                case TARGET -> Ui.text("facet.target.value", value);
                case KIND -> Ui.text(value.equalsIgnoreCase("pledge") ? "facet.kind.pledge" : "facet.kind.recommendation");
                case ORIGIN -> switch (value) {
                    case "source", "person", "machine" -> Ui.text("facet.origin." + value);
                    default -> value;
                };
                case RESPONSE -> Vocabulary.bundled().term("response", value, language);
                case ISSUE -> Vocabulary.bundled().term("issue", value, language);
                case THEME -> Vocabulary.bundled().term("theme", value, language);
                case GROUP -> Vocabulary.bundled().term("group", value, language);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            // a value this version cannot read (a bad code, NumberFormatException): show it as it is
            return value;
        }
    }

    private static String sdg(String value, Language language) {
        if (value.equals(Label.NO_SDG)) return Ui.text("facet.sdg.none");
        if (language == Language.EN) return new Label(LabelKind.SDG, value, LabelOrigin.SOURCE).shown();
        return Sdg.name(value).map(name -> Ui.text("facet.sdg.value", value, Vocabulary.bundled().term("sdg", name, language)))
                .orElse(Ui.text("facet.sdg.value", value, "").replaceAll("[ ·]+$", ""));
    }
}
