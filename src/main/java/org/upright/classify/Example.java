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
 * @param sdgs     SDG numbers "1"–"17"
 */
record Example(String text, Integer session, int line, Set<String> issues, Integer category, Set<String> themes,
               Set<String> groups, Set<String> sdgs) {
    Example {
        issues = Set.copyOf(issues);
        themes = Set.copyOf(themes);
        groups = Set.copyOf(groups);
        sdgs = Set.copyOf(sdgs);
    }

    boolean hasIssueLabels() {
        return !issues.isEmpty();
    }

    /** True when the example carries thematic-list labels (themes, groups of persons or SDGs). */
    boolean hasThematicLabels() {
        return !themes.isEmpty() || !groups.isEmpty() || !sdgs.isEmpty();
    }
}
