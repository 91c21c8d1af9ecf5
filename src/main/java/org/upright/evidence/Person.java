package org.upright.evidence;

import java.util.List;

/** A person the document names, with the fullest form of the name, a role and what happened to them. */
public record Person(String name, Role role, List<PersonEvent> events, List<Span> mentions, double confidence) {
    public Span span() {
        return mentions.getFirst();
    }
}
