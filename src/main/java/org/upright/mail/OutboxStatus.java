package org.upright.mail;

/**
 * Where a mail is: waiting (first try or a retry), delivered, given up after {@link Backoff#MAX_ATTEMPTS}, or skipped
 * because its subscriber unsubscribed while it waited.
 */
public enum OutboxStatus {
    QUEUED, SENT, FAILED, SKIPPED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static OutboxStatus of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
