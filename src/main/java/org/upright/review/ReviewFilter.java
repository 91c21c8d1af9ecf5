package org.upright.review;

import org.upright.common.StateCode;

/** Which reviews to list; null parts do not filter. */
public record ReviewFilter(StateCode state, Integer cycle, Integer session) {
    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null);
    }
}
