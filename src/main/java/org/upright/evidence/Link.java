package org.upright.evidence;

/** A recommendation an item is linked to, with the search engine's score for the match (higher is closer). */
public record Link(long recommendation, double score) {
}
