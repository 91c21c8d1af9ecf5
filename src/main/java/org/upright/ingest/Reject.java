package org.upright.ingest;

/** A row that could not be imported, with where it was and why. */
public record Reject(String file, int line, String reason) {
}
