package org.upright.classify;

import java.util.List;

/**
 * What the classifier suggests for one text.
 *
 * @param issues     UPR Info issues, most probable first (at least one for any text with words)
 * @param category   the action category "1"–"5", or null for an empty text
 * @param themes     UHRI themes
 * @param groups     groups of persons
 * @param sdgs       SDG goals "1"–"17", or "none" alone (no SDG link)
 * @param sdgTargets SDG targets "16.3" (only from a model trained on SDG-coded data, and only under a suggested goal)
 * @param confidence the row's confidence: the lowest of the chosen issues', the category's and (from a model
 *                   trained on SDG-coded data) the chosen goals' probabilities
 *                   (0 for an empty text), lowered for a text whose words the model mostly does not know
 * @param unfamiliar true when most of the text's words were never seen in training (another language, gibberish)
 */
public record Prediction(List<Suggestion> issues, Suggestion category, List<Suggestion> themes, List<Suggestion> groups,
                         List<Suggestion> sdgs, List<Suggestion> sdgTargets, double confidence, boolean unfamiliar) {
    public Prediction {
        issues = List.copyOf(issues);
        themes = List.copyOf(themes);
        groups = List.copyOf(groups);
        sdgs = List.copyOf(sdgs);
        sdgTargets = List.copyOf(sdgTargets);
    }

    static Prediction empty() {
        return new Prediction(List.of(), null, List.of(), List.of(), List.of(), List.of(), 0, true);
    }
}
