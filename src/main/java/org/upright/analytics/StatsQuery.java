package org.upright.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.upright.search.Facet;
import org.upright.search.SearchException;
import org.upright.search.SearchParams;
import org.upright.search.SearchRequest;
import org.upright.state.StateLookup;

/**
 * A table of statistics: the recommendations a search matches (any query and filters the search takes), counted
 * by one dimension, and across by a second one (by default the response).
 */
public record StatsQuery(SearchRequest search, Facet by, Facet then) {
    /** The dimensions a table may be counted by: every facet but the technical ones (origin, kind). */
    public static final List<Facet> DIMENSIONS = List.of(Facet.CYCLE, Facet.SESSION, Facet.YEAR, Facet.SUR, Facet.SUR_GROUP,
            Facet.RS, Facet.RS_GROUP, Facet.ISSUE, Facet.THEME, Facet.GROUP, Facet.SDG, Facet.TARGET, Facet.CATEGORY,
            Facet.RESPONSE);
    /** The parameters that choose the table rather than filter the search. */
    public static final List<String> CONTROLS = List.of("by", "then", "format");

    public StatsQuery {
        if (by == then) {
            throw new StatsException("then", org.upright.i18n.Ui.text("stats.problem.same_dimension", by.id()));
        }
    }

    public boolean byResponse() {
        return then == Facet.RESPONSE;
    }

    /** Reads a URL's parameters (as a search does, plus by and then); a wrong one is a StatsException naming it. */
    public static StatsQuery read(Map<String, List<String>> params, StateLookup states) {
        Map<String, List<String>> search = new LinkedHashMap<>(params);
        CONTROLS.forEach(search::remove);
        Facet by = dimension(params, "by").orElse(Facet.CYCLE);
        Facet then = dimension(params, "then").orElse(by == Facet.RESPONSE ? Facet.CYCLE : Facet.RESPONSE);
        try {
            return new StatsQuery(new SearchParams(states).read(search), by, then);
        } catch (SearchException e) {
            throw new StatsException(e.getMessage());
        }
    }

    private static Optional<Facet> dimension(Map<String, List<String>> params, String name) {
        Optional<String> given = params.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
        return given.map(id -> Facet.byId(id).filter(DIMENSIONS::contains).orElseThrow(() -> new StatsException(name,
                org.upright.i18n.Ui.text("stats.problem.no_dimension", name, id, names()))));
    }

    public static String names() {
        return DIMENSIONS.stream().map(Facet::id).collect(Collectors.joining(", "));
    }
}
