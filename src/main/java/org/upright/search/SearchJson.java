package org.upright.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.recommendation.RecommendationJson.LabelJson;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** What GET /api/v1/search answers (and `upright search --json` prints): one page of hits with the facets. */
public record SearchJson(long total, int page, int size, String query, List<String> notices, String didYouMean,
                         List<HitJson> hits, Map<String, List<FacetJson>> facets) {

    /** @param explanation the matched terms, only when the request asked for them */
    public record HitJson(long id, String text, String highlighted, StateRef stateUnderReview,
                          List<StateRef> recommendingStates, String response, int session, int cycle, int year,
                          boolean pledge, Integer actionCategory, List<LabelJson> labels, String url,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<MatchedTerm> explanation) {
    }

    public record FacetJson(String value, long count, String label, boolean selected) {
    }

    /** A list without paging: similar recommendations, suggestions. */
    public record Items<T>(int total, List<T> items) {
        public static <T> Items<T> of(List<T> items) {
            return new Items<>(items.size(), items);
        }
    }

    public static SearchJson of(SearchResult result, boolean explain, StateLookup states) {
        return of(result, explain, states, Integer.MAX_VALUE);
    }

    /** @param facetLimit how many of each facet's values to keep, most frequent first; selected ones are always kept */
    public static SearchJson of(SearchResult result, boolean explain, StateLookup states, int facetLimit) {
        FacetLabels labels = new FacetLabels(states);
        Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = result.facets().get(facet);
            if (values == null) continue;
            int[] kept = {0};
            facets.put(facet.id(), values.stream()
                    .filter(v -> v.selected() || kept[0]++ < facetLimit)
                    .map(v -> new FacetJson(v.value(), v.count(), labels.label(facet, v.value()), v.selected())).toList());
        }
        List<HitJson> hits = result.hits().stream().map(h -> hit(h, explain, states)).toList();
        return new SearchJson(result.total(), result.page(), result.size(), result.query(), result.notices(),
                result.didYouMean(), hits, facets);
    }

    public static HitJson hit(SearchHit h, boolean explain, StateLookup states) {
        List<LabelJson> labels = h.labels().stream().map(l -> new LabelJson(lower(l.kind()), l.value(), lower(l.origin()))).toList();
        return new HitJson(h.id().value(), h.text(), h.highlighted(), states.ref(h.stateUnderReview()),
                states.refs(h.recommendingStates()), h.response() == null ? null : h.response().label(), h.session(),
                h.cycle(), h.year(), h.pledge(), h.actionCategory(), labels, "/recommendations/" + h.id(),
                explain ? h.explanation() : null);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
