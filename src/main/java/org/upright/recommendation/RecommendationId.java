package org.upright.recommendation;

/** The identity of a recommendation (or pledge). */
public record RecommendationId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
