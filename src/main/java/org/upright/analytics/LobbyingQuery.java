package org.upright.analytics;

import java.util.List;
import org.upright.common.StateCode;

/**
 * Who to lobby: for a state under review and a topic — an issue, or words of a free-text query, or both; with neither,
 * the issue the state received most.
 *
 * @param cycles the cycles whose record counts; empty for all of it (the evaluation ranks with cycle 1 only)
 * @param size   how many candidates to return
 */
public record LobbyingQuery(StateCode state, String issue, String text, List<Integer> cycles, int size) {
    public static final int MAX_SIZE = 100;

    public LobbyingQuery {
        issue = issue == null || issue.isBlank() ? null : issue.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        cycles = List.copyOf(cycles);
        if (size < 1 || size > MAX_SIZE) throw new StatsException(org.upright.i18n.Ui.text("stats.problem.size", String.valueOf(MAX_SIZE), String.valueOf(size)));
    }

    public boolean hasTopic() {
        return issue != null || text != null;
    }

    public LobbyingQuery withIssue(String chosen) {
        return new LobbyingQuery(state, chosen, text, cycles, size);
    }

    /** The topic in words: "issue Torture and other CID treatment", "“torture”". */
    public String topic() {
        if (issue != null && text != null) return issue + " and “" + text + "”";
        return issue != null ? issue : "“" + text + "”";
    }
}
