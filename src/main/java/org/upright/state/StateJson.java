package org.upright.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.review.ReviewJson;

/**
 * A state in the JSON API v1. {@code names}, {@code reviews} and {@code responses} only when one state is
 * asked for.
 */
public record StateJson(
        String code,
        String name,
        String regionalGroup,
        boolean member,
        long recommendationsReceived,
        long recommendationsMade,
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> names,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> responses,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewJson> reviews) {

    /** Every state: {"total", "items"}. */
    public record Listing(int total, List<StateJson> items) {
    }

    public static StateJson of(State s, long received, long made) {
        return new StateJson(s.code().value(), s.name(), s.group().label(), s.member(), received, made,
                StateRef.of(s).url(), null, null, null);
    }

    /** One state with every name the importers recognise, the responses it gave and its reviews. */
    public static StateJson of(StatePage page, List<String> names) {
        Map<String, Long> responses = new LinkedHashMap<>();
        page.responses().forEach(c -> responses.put(c.response(), c.count()));
        List<ReviewJson> reviews = page.cycles().stream().flatMap(c -> c.reviews().stream())
                .map(r -> ReviewJson.of(r, null)).toList();
        State s = page.state();
        return new StateJson(s.code().value(), s.name(), s.group().label(), s.member(), page.receivedTotal(),
                page.madeTotal(), page.ref().url(), names, responses, reviews);
    }
}
