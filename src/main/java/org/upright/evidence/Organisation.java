package org.upright.evidence;

/** An organisation, party, movement or group; {@code banned} when the text says it was banned, with when. */
public record Organisation(String name, String acronym, boolean banned, PartialDate bannedOn, Span span, double confidence) {
}
