package org.upright.cases;

/** A dated step of a case's timeline (arrest, sentence, release, a UN opinion); dates are ISO, to the day. */
public record CaseEvent(long id, String happenedOn, String text) {
}
