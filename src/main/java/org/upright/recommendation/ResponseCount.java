package org.upright.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How many recommendations got one response, for the counts on pages. */
public record ResponseCount(String response, String cssClass, long count) {

    /** One entry per response in the order Supported, Noted, Pending; responses nobody gave are left out. */
    public static List<ResponseCount> of(Map<Response, Long> counts) {
        return Arrays.stream(Response.values())
                .filter(r -> counts.getOrDefault(r, 0L) > 0)
                .map(r -> new ResponseCount(r.label(), r.name().toLowerCase(Locale.ROOT), counts.get(r)))
                .toList();
    }
}
