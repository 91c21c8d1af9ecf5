package org.upright.search;

import java.util.List;

/**
 * Facets counted together. Within a group every document has one combination of values — its review (state
 * under review, its group, session, cycle, year), its answer (response, category, kind), its recommending
 * states (and their groups), its labels — and there are far fewer combinations than documents (some thousands
 * of reviews against hundreds of thousands of recommendations). So counting adds one to one combination per
 * group and document, four additions per hit instead of one per facet value, and the combinations' counts are
 * spread over their values once at the end.
 */
enum ColumnGroup {
    REVIEW(Facet.SUR, Facet.SUR_GROUP, Facet.SESSION, Facet.CYCLE, Facet.YEAR),
    ANSWER(Facet.RESPONSE, Facet.CATEGORY, Facet.KIND),
    RECOMMENDING(Facet.RS, Facet.RS_GROUP),
    LABELS(Facet.ISSUE, Facet.THEME, Facet.GROUP, Facet.SDG, Facet.TARGET, Facet.ORIGIN);

    private final List<Facet> facets;

    ColumnGroup(Facet... facets) {
        this.facets = List.of(facets);
    }

    List<Facet> facets() {
        return facets;
    }

    /** The place of the facet among its group's facets. */
    int member(Facet facet) {
        return facets.indexOf(facet);
    }

    static ColumnGroup of(Facet facet) {
        for (ColumnGroup g : values()) if (g.facets.contains(facet)) return g;
        throw new IllegalArgumentException("no column group holds " + facet);
    }
}
