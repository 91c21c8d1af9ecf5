package org.upright.classify;

import java.util.Set;

/**
 * One labelled (or unlabelled) recommendation as the classifier sees it.
 *
 * @param text     the recommendation's text
 * @param session  the Working Group session, or null when the source gives none
 * @param line     where it starts in its file (0 when it came from the record)
 * @param issues   UPR Info issues (empty when unknown)
 * @param category the action category 1–5, or null
 * @param themes   UHRI themes (empty when unknown)
 * @param groups   groups of persons
 * @param sdgs     SDG goals "1"–"17", or "none" where the source looked and found no link
 * @param targets  SDG targets "16.3", "16.a" (empty when unknown)
 */
record Example(String text, Integer session, int line, Set<String> issues, Integer category, Set<String> themes,
               Set<String> groups, Set<String> sdgs, Set<String> targets) {
    Example {
        issues = Set.copyOf(issues);
        themes = Set.copyOf(themes);
        groups = Set.copyOf(groups);
        sdgs = Set.copyOf(sdgs);
        targets = Set.copyOf(targets);
    }

    /** True when the source coded SDG goals for this recommendation (a goal, or "none"). */
    boolean hasSdgLabels() {
        return !sdgs.isEmpty();
    }

    /** The same text and session with another label set in the place of the issues (for the SDG models). */
    Example withLabels(Set<String> labels) {
        return new Example(text, session, line, labels, null, Set.of(), Set.of(), Set.of(), Set.of());
    }

    boolean hasIssueLabels() {
        return !issues.isEmpty();
    }

    /** True when the example carries thematic-list labels (themes, groups of persons or SDGs). */
    boolean hasThematicLabels() {
        return !themes.isEmpty() || !groups.isEmpty() || !sdgs.isEmpty();
    }
}
