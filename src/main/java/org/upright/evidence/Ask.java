package org.upright.evidence;

/** One action the document asks for; {@code form} says how it was written: bullet, run-in list or sentence. */
public record Ask(String text, String form, Span span, double confidence) {
}
