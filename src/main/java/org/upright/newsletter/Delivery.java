package org.upright.newsletter;

/**
 * One reader's copy of an issue: to whom, where it is (queued, sent, failed, skipped), the error of the last
 * attempt, when it is due by the send's rate and when it went.
 */
public record Delivery(String email, String name, String status, String error, String dueAt, String sentAt) {
}
