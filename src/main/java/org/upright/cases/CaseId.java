package org.upright.cases;

/** The number of a case. */
public record CaseId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
