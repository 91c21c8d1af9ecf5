package org.upright.classify;

/** A label the classifier suggests, with the probability that it is right (0–1). */
public record Suggestion(String value, double confidence) {
}
