package org.upright.analytics;

import java.util.List;

/**
 * The who-to-lobby page of a state: the form (an issue, words, or both) and the ranking.
 *
 * @param problem what was wrong with the form, shown beside {@link #problemField()}; null when nothing was
 * @param ranking null before a topic is given, or when the form had a problem
 */
public record LobbyingPage(String code, String name, String issue, String q, List<String> issues, String problem,
                           String problemField, LobbyingService.Ranking ranking) {
    public boolean problemAt(String field) {
        return problem != null && field.equals(problemField);
    }
}
