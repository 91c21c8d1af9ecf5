package org.upright.analytics;

import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;

/** The recommending-state network page: the search, the graph with the table of its edges, or what was wrong. */
public record NetworkPage(String q, Map<String, List<String>> filters, String problem, Network network) {
    public String csv() {
        return StatsUrls.of("/api/v1/stats/network", q, filters, null, null) + (q == null && filters.isEmpty() ? "?" : "&") + "format=csv";
    }

    public String json() {
        return StatsUrls.of("/api/v1/stats/network", q, filters, null, null);
    }

    public String description() {
        if (network == null || network.empty()) return Ui.text("network.description.empty");
        Network.Edge top = network.edges().getFirst();
        return Ui.text("network.description", Ui.number(network.total()), Ui.number(network.nodes().size()),
                Ui.number(network.edges().size()), Ui.state(top.from(), top.fromName()), Ui.state(top.to(), top.toName()),
                Ui.number(top.count()));
    }
}
