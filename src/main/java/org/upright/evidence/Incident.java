package org.upright.evidence;

/**
 * Something that happened on a date or in a date range: what (the clause as written), its kind, where, and how
 * many as written ("dozens") and as a numeric range (24–99); {@code countMax} null when open-ended ("over 230").
 */
public record Incident(String kind, String what, String place, PartialDate date, PartialDate until, String countText,
                       Integer countMin, Integer countMax, Span span, double confidence) {
}
