package org.upright.evidence;

/**
 * A date in the text with what it dates. {@code anchored} when the text gave no year ("On 7 November") and the
 * year came from the publication date or the other dates of the text; such a date has a lower confidence.
 * {@code until} is the end of a range ("from 7 to 18 November"), else null.
 */
public record DateMention(PartialDate date, PartialDate until, String what, Span span, boolean anchored, double confidence) {
}
