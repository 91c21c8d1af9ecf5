package org.upright.analytics;

import java.util.List;
import java.util.Map;

/** The recommending-state network page: the search, the graph with the table of its edges, or what was wrong. */
public record NetworkPage(String q, Map<String, List<String>> filters, String problem, Network network) {
    public String csv() {
        return StatsUrls.of("/api/v1/stats/network", q, filters, null, null) + (q == null && filters.isEmpty() ? "?" : "&") + "format=csv";
    }

    public String json() {
        return StatsUrls.of("/api/v1/stats/network", q, filters, null, null);
    }

    public String description() {
        if (network == null || network.empty()) return "No recommendation matches, so there is no one to draw.";
        Network.Edge top = network.edges().getFirst();
        return String.format("%,d recommendations; %,d states in the %,d pairs drawn. The largest pair: %s to %s, %,d recommendations.",
                network.total(), network.nodes().size(), network.edges().size(), top.fromName(), top.toName(), top.count());
    }
}
