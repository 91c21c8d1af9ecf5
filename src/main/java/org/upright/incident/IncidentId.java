package org.upright.incident;

/** The number of an incident. */
public record IncidentId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
