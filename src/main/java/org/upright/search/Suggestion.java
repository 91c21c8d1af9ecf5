package org.upright.search;

/** An autocomplete suggestion: what to show, and what to put in the query box (e.g. "sur:KAZ"). */
public record Suggestion(String label, String kind, String insert) {
}
