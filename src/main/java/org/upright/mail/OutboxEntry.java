package org.upright.mail;

/** A mail in the outbox with how its delivery is going. */
public record OutboxEntry(long id, Mail mail, OutboxStatus status, int attempts, String nextAttemptAt, String lastError,
                          String createdAt, String sentAt) {
}
