package org.upright.evidence;

import java.util.List;
import org.upright.common.StateCode;

/**
 * The draft of what a document says, every item with the span it came from, for a person to confirm.
 * {@code stateUnderReview} null when the document names no state; {@code notices} say what could not be found.
 */
public record Extraction(StateCode stateUnderReview, List<StateMention> states, DateMention reviewDate,
                         DateMention previousReview, List<DateMention> dates, List<Person> persons,
                         List<Organisation> organisations, List<Provision> provisions, List<Incident> incidents,
                         List<Ask> asks, List<String> notices) {
}
