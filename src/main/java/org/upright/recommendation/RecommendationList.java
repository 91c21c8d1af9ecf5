package org.upright.recommendation;

import java.util.List;
import java.util.function.IntFunction;
import org.upright.common.Page;
import org.upright.state.StateLookup;
import org.upright.web.Pager;

/**
 * One paged list of recommendations on a page, swapped in place by htmx when paging.
 *
 * @param id         the element id of the list, which htmx names in HX-Target when it asks for the next page
 * @param byWhom     true to show who made each recommendation, false to show to whom it was made
 */
public record RecommendationList(String id, String heading, String empty, List<RecommendationRow> items, Pager pager,
                                 boolean byWhom) {

    public static RecommendationList of(String id, String heading, String empty, Page<Recommendation> page,
                                        IntFunction<String> href, boolean byWhom, StateLookup states) {
        List<RecommendationRow> rows = page.items().stream().map(r -> RecommendationRow.of(r, states)).toList();
        return new RecommendationList(id, heading, empty, rows, Pager.of(page, href), byWhom);
    }
}
