package org.upright.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.upright.i18n.Ui;

/**
 * The facet filters of a request, each value resolved to the form the index holds. Values of one facet are
 * OR-ed, facets AND-ed.
 */
final class FacetFilters {
    private final Map<Facet, Set<String>> selected;

    private FacetFilters(Map<Facet, Set<String>> selected) {
        this.selected = selected;
    }

    /**
     * Resolves every value ("Kazakhstan" → "KAZ", "noted" → "Noted"); a value that can never be right (an
     * unknown state, "cycle=seven") is an error the caller must fix; a label no recommendation carries is kept
     * (it counts zero) and told in a notice.
     */
    static FacetFilters resolve(Map<Facet, List<String>> filters, FacetValues values, List<String> notices) {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        filters.forEach((facet, typed) -> {
            Set<String> resolved = new LinkedHashSet<>();
            for (String value : typed == null ? List.<String>of() : typed) {
                if (value == null || value.isBlank()) continue;
                FacetValues.Resolved r = values.resolve(facet, value);
                if (r.value() != null) resolved.add(r.value());
                else if (r.label()) {
                    resolved.add(value.strip());
                    notices.add(r.problem());
                } else throw new SearchException(Ui.text("search.problem.filter", facet.id(), value, r.problem()));
            }
            if (!resolved.isEmpty()) selected.put(facet, resolved);
        });
        return new FacetFilters(selected);
    }

    static FacetFilters none() {
        return new FacetFilters(Map.of());
    }

    boolean isEmpty() {
        return selected.isEmpty();
    }

    Set<String> selected(Facet facet) {
        return selected.getOrDefault(facet, Set.of());
    }

    /** The filtered facets in a fixed order, with the dictionary numbers each accepts. */
    List<Accepting> accepting(FacetColumns columns) {
        List<Accepting> list = new ArrayList<>();
        selected.forEach((facet, values) -> {
            ValueDictionary dictionary = columns.dictionary(facet);
            boolean[] accepted = new boolean[dictionary.size()];
            for (String v : values) {
                int id = dictionary.find(v);
                if (id >= 0 && id < accepted.length) accepted[id] = true;
            }
            list.add(new Accepting(facet, accepted));
        });
        return list;
    }

    record Accepting(Facet facet, boolean[] accepted) {
        boolean acceptsAny(int[] valueIds) {
            for (int v : valueIds) if (v < accepted.length && accepted[v]) return true;
            return false;
        }
    }

    /** The filters as a query, for searches that need no facet counts (exports). */
    Query asQuery() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        selected.forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : values) any.add(new TermQuery(new Term(IndexFields.of(facet), v)), BooleanClause.Occur.SHOULD);
            all.add(any.build(), BooleanClause.Occur.FILTER);
        });
        return all.build();
    }
}
