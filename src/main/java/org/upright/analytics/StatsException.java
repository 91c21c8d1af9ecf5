package org.upright.analytics;

/**
 * A statistics request that cannot be answered as asked; the message says what was wrong and what to do.
 *
 * @see #field()
 */
public final class StatsException extends RuntimeException {
    private final String field;

    public StatsException(String message) {
        this(null, message);
    }

    public StatsException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The parameter that was wrong ("by", "then"), so a form shows the message beside it; null for the search's own. */
    public String field() {
        return field;
    }
}
