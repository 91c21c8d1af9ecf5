package org.upright.audit;

/**
 * One row of the audit log as it was written; the JSON columns are kept as text, exactly as stored.
 *
 * @param at ISO-8601 instant, UTC
 */
public record AuditEntry(long id, String at, String actor, Long actorId, String action, String target, String address,
                         String before, String after, String details) {
}
