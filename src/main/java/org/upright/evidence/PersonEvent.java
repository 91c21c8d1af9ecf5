package org.upright.evidence;

/** What happened to a person ("sentenced to five years in prison", May 2016); date null when the text gives none. */
public record PersonEvent(String kind, String text, PartialDate date, Span span) {
    /** One line for a case timeline: "sentenced to five years in prison, May 2016". */
    public String timelineText() {
        return date == null ? text : text + ", " + Dates.spoken(date);
    }
}
