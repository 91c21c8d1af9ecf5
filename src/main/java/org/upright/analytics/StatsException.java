package org.upright.analytics;

/** A statistics request that cannot be answered as asked; the message says what was wrong and what to do. */
public final class StatsException extends RuntimeException {
    public StatsException(String message) {
        super(message);
    }
}
