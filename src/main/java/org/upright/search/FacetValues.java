package org.upright.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.recommendation.Response;
import org.upright.state.RegionalGroup;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Turns a facet value as a person types it into the form the index holds: states by code or any name
 * ("Kazakhstan", "kaz" → "KAZ"), groups by label or title, responses as the sources word them ("accepted" →
 * "Supported"), numbers in range, labels whatever their case or by a unique part ("torture" → "Torture and
 * other CID treatment"). The same rules serve the query language and the filters of the API.
 */
final class FacetValues {
    /**
     * @param value   the indexed form, or null when the typed value names nothing
     * @param problem what was wrong, for a notice or an error
     * @param label   true for labels: a label nobody uses yet is no mistake in the query, it just finds nothing
     */
    record Resolved(String value, String problem, boolean label) {
        static Resolved of(String value) {
            return new Resolved(value, null, false);
        }
    }

    private final StateDirectory states;
    private final FacetColumns columns;

    FacetValues(StateDirectory states, FacetColumns columns) {
        this.states = states;
        this.columns = columns;
    }

    Resolved resolve(Facet facet, String typed) {
        String text = typed.strip();
        return switch (facet) {
            case SUR, RS -> state(text).map(Resolved::of)
                    .orElseGet(() -> problem(Ui.text("search.problem.no_state", text)));
            case SUR_GROUP, RS_GROUP -> group(text).map(Resolved::of)
                    .orElseGet(() -> problem(Ui.text("search.problem.no_group", text)));
            case CYCLE -> number(text, 1, 4).orElseGet(() -> problem(Ui.text("search.problem.cycle", text)));
            case SESSION -> number(text, 1, 99).orElseGet(() -> problem(Ui.text("search.problem.session", text)));
            case YEAR -> number(text, 2006, 2100).orElseGet(() -> problem(Ui.text("search.problem.year", text)));
            case CATEGORY -> number(text, 1, 5).orElseGet(() -> problem(Ui.text("search.problem.category", text)));
            case RESPONSE -> response(text);
            case KIND -> kind(text);
            case ORIGIN -> origin(text);
            case ISSUE, THEME, GROUP, SDG, TARGET -> label(facet, text);
        };
    }

    private static Resolved response(String text) {
        if (text.equalsIgnoreCase(IndexFields.NO_RESPONSE) || text.equalsIgnoreCase("none")) {
            return Resolved.of(IndexFields.NO_RESPONSE);
        }
        return Response.parse(text).map(r -> Resolved.of(r.label())).orElseGet(() ->
                problem(Ui.text("search.problem.response", text)));
    }

    Optional<String> state(String text) {
        if (text.length() == 3 && text.chars().allMatch(Character::isLetter)) {
            Optional<State> byCode = states.byCode(StateCode.of(text.toUpperCase(Locale.ROOT)));
            if (byCode.isPresent()) return Optional.of(byCode.get().code().value());
        }
        return states.resolve(text).map(s -> s.code().value());
    }

    private static Optional<String> group(String text) {
        Optional<RegionalGroup> group = RegionalGroup.fromLabel(text);
        if (group.isEmpty()) {
            for (RegionalGroup g : RegionalGroup.values()) if (g.title().equalsIgnoreCase(text)) group = Optional.of(g);
        }
        return group.map(RegionalGroup::label);
    }

    private static Optional<Resolved> number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) return Optional.of(Resolved.of(Integer.toString(n)));
        } catch (NumberFormatException e) {
            // the caller says what a value is
        }
        return Optional.empty();
    }

    private static Resolved kind(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("recommendation")) return Resolved.of(IndexFields.KIND_RECOMMENDATION);
        if (t.startsWith("pledge") || t.startsWith("voluntary")) return Resolved.of(IndexFields.KIND_PLEDGE);
        return problem(Ui.text("search.problem.kind", text));
    }

    private static Resolved origin(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("source") || t.startsWith("data")) return Resolved.of("source");
        if (t.startsWith("machine") || t.startsWith("suggest") || t.startsWith("classifier")) return Resolved.of("machine");
        if (t.startsWith("person") || t.startsWith("people") || t.startsWith("accepted")) return Resolved.of("person");
        return problem(Ui.text("search.problem.origin", text));
    }

    /** Exact (any case), else the one label that starts with or holds the words typed. */
    private Resolved label(Facet facet, String text) {
        List<String> known = known(facet);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String k : known) if (k.toLowerCase(Locale.ROOT).equals(lower)) return Resolved.of(k);
        List<String> starting = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (starting.size() == 1) return Resolved.of(starting.getFirst());
        List<String> holding = known.stream().filter(k -> (" " + k.toLowerCase(Locale.ROOT)).contains(" " + lower)).toList();
        if (holding.size() == 1) return Resolved.of(holding.getFirst());
        String title = facet.shownTitle().toLowerCase(Locale.forLanguageTag(Ui.code()));
        if (holding.isEmpty()) return new Resolved(null, Ui.text("search.problem.no_label", title, text), true);
        return new Resolved(null, Ui.text("search.problem.ambiguous", text, title, String.join(", ",
                holding.stream().limit(5).map(h -> "\"" + h + "\"").toList()) + (holding.size() > 5 ? ", …" : "")), true);
    }

    /** The label values in the index, and for issues the UPR Info list, without duplicates. */
    List<String> known(Facet facet) {
        Set<String> known = new LinkedHashSet<>(columns.dictionary(facet).all());
        if (facet == Facet.ISSUE) known.addAll(UprInfoIssues.ALL);
        return new ArrayList<>(known);
    }

    private static Resolved problem(String problem) {
        return new Resolved(null, problem, false);
    }
}
