package org.upright.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.upright.i18n.Ui;
import org.upright.state.StateDirectory;
import org.upright.state.StateLookup;

/**
 * Reads the parameters of a search — a URL's query or the command line's --filter options — into a
 * {@link SearchRequest}. A wrong one is a {@link SearchException} whose message names it and says what to do.
 * Filters may be repeated and most may list several values separated by commas; themes and groups of persons
 * hold commas in their names, so several of those are given by repeating the parameter.
 */
public final class SearchParams {
    public static final int DEFAULT_SIZE = 20;
    /** The parameters that are not filters. */
    public static final List<String> CONTROLS = List.of("q", "sort", "page", "size", "explain", "lang");

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private final StateLookup states;

    public SearchParams(StateLookup states) {
        this.states = states;
    }

    /** Whether the parameter is one a search reads: a control or a filter. */
    public static boolean known(String name) {
        return CONTROLS.contains(name) || Facet.byId(name).isPresent();
    }

    /** The search the parameters ask for: name → values, as a URL's query string gives them. */
    public SearchRequest read(Map<String, List<String>> params) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (CONTROLS.contains(p.getKey())) continue;
            Facet facet = Facet.byId(p.getKey()).orElseThrow(() -> new SearchException(Ui.text("search.problem.no_filter",
                    p.getKey(), QueryLanguage.fieldNames(), String.join(", ", CONTROLS))));
            List<String> values = values(facet, p.getValue());
            if (!values.isEmpty()) filters.put(facet, values);
        }
        int size = number(params, "size", DEFAULT_SIZE);
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new SearchException(Ui.text("search.problem.size", String.valueOf(SearchRequest.MAX_SIZE), String.valueOf(size)));
        }
        int page = number(params, "page", 1);
        if (page < 1) throw new SearchException(Ui.text("search.problem.page", String.valueOf(page)));
        return new SearchRequest(first(params, "q").orElse(""), filters, sort(params), page, size, explain(params));
    }

    /**
     * The values of one filter, split at commas. States are resolved here, as a list of them may hold a name with
     * a comma ("Korea, Republic of"); the search resolves and checks every other value.
     */
    private List<String> values(Facet facet, List<String> raw) {
        List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) return List.of();
        if (facet == Facet.SUR || facet == Facet.RS) return stateCodes(facet, given);
        Set<String> values = new LinkedHashSet<>();
        for (String value : given) {
            // theme and group values hold commas themselves ("Economic, social & cultural rights")
            List<String> parts = facet == Facet.THEME || facet == Facet.GROUP ? List.of(value) : List.of(COMMA.split(value));
            for (String part : parts) if (!part.isBlank()) values.add(part.strip());
        }
        return List.copyOf(values);
    }

    private List<String> stateCodes(Facet facet, List<String> given) {
        StateDirectory.Resolution found = states.findAll(given);
        if (!found.unknown().isEmpty()) {
            throw new SearchException(Ui.text("search.problem.unknown_states", facet.id(), String.join("', '", found.unknown())));
        }
        return found.states().stream().map(s -> s.code().value()).toList();
    }

    private static SearchSort sort(Map<String, List<String>> params) {
        return first(params, "sort").map(value -> Arrays.stream(SearchSort.values())
                .filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new SearchException(Ui.text("search.problem.sort", value))))
                .orElse(SearchSort.RELEVANCE);
    }

    private static boolean explain(Map<String, List<String>> params) {
        return first(params, "explain").map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new SearchException(Ui.text("search.problem.explain", value));
        }).orElse(false);
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        return first(params, name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new SearchException(Ui.text("search.problem.whole_number", name, value));
            }
        }).orElse(fallback);
    }

    /** The first non-blank value of the parameter, trimmed. */
    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
    }

    /** Command-line filters "field=value" as parameters; a filter without "=" is a SearchException. */
    public static Map<String, List<String>> fromAssignments(List<String> assignments) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new SearchException(Ui.text("search.problem.filter_form", a, QueryLanguage.fieldNames()));
            }
            String field = a.substring(0, eq).strip();
            Facet facet = Facet.byId(field).orElseThrow(() -> new SearchException(Ui.text("search.problem.no_filter_short", field, QueryLanguage.fieldNames())));
            params.computeIfAbsent(facet.id(), k -> new ArrayList<>()).add(a.substring(eq + 1));
        }
        return params;
    }
}
