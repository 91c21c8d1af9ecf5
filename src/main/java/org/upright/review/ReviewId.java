package org.upright.review;

/** The identity of a review. */
public record ReviewId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
