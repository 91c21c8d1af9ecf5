package org.upright.analytics;

import java.util.List;

/** A section of charts another feature's page shows (the home page, a state's page). */
public record ChartSection(String heading, String intro, List<Chart> charts, String more) {
    public boolean empty() {
        return charts.stream().allMatch(c -> c.table().empty());
    }
}
