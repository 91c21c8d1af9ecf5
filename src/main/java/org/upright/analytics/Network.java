package org.upright.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.CrossTable;
import org.upright.state.State;
import org.upright.state.StateLookup;

/**
 * Who recommends to whom among the recommendations a search matches: an edge from each recommending state to each
 * state under review it addressed, weighted by the number of recommendations (a joint recommendation counts once
 * for each of its recommending states). Only the heaviest edges are kept, so the graph stays readable; the notes
 * say how many were left out.
 *
 * @param total       recommendations the search matches
 * @param hiddenEdges pairs of states left out because the graph is limited
 */
public record Network(long total, List<Node> nodes, List<Edge> edges, int hiddenEdges, List<String> notes) {
    /** Edges a graph shows at most: past about this many, a force layout is a hairball on a page. */
    public static final int MAX_EDGES = 150;

    /** A state in the graph, with what it made and received over the edges shown. */
    public record Node(String code, String name, String group, long made, long received) {
    }

    public record Edge(String from, String fromName, String to, String toName, long count) {
    }

    /** The graph of a cross table of recommending state (rows) by state under review (columns). */
    static Network of(CrossTable cross, StateLookup states, int maxEdges) {
        List<Edge> all = new ArrayList<>();
        for (CrossTable.Row row : cross.rows()) {
            row.cells().forEach((sur, n) -> {
                if (!sur.equals(CrossTable.NONE) && n > 0) all.add(new Edge(row.value(), name(states, row.value()), sur, name(states, sur), n));
            });
        }
        all.sort(Comparator.comparingLong(Edge::count).reversed().thenComparing(Edge::from).thenComparing(Edge::to));
        List<Edge> kept = List.copyOf(all.subList(0, Math.min(maxEdges, all.size())));
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Edge e : kept) {
            counts.computeIfAbsent(e.from(), k -> new long[2])[0] += e.count();
            counts.computeIfAbsent(e.to(), k -> new long[2])[1] += e.count();
        }
        List<Node> nodes = counts.entrySet().stream().map(e -> new Node(e.getKey(), name(states, e.getKey()), group(states, e.getKey()),
                e.getValue()[0], e.getValue()[1])).sorted(Comparator.comparingLong((Node n) -> n.made() + n.received()).reversed()).toList();
        int hidden = all.size() - kept.size();
        List<String> notes = new ArrayList<>(cross.notices());
        if (hidden > 0) {
            notes.add(org.upright.i18n.Ui.text("network.note.hidden", org.upright.i18n.Ui.number(kept.size()), org.upright.i18n.Ui.number(hidden)));
        }
        notes.add(org.upright.i18n.Ui.text("network.note.joint"));
        return new Network(cross.total(), nodes, kept, hidden, List.copyOf(notes));
    }

    private static String name(StateLookup states, String code) {
        return states.find(code).map(State::name).orElse(code);
    }

    private static String group(StateLookup states, String code) {
        return states.find(code).map(s -> s.group() == null ? "" : s.group().title()).orElse("");
    }

    public boolean empty() {
        return edges.isEmpty();
    }

    /** What charts.js draws: nodes sized by what they made and received, edges by their count, coloured by group. */
    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "graph");
        data.put("groups", nodes.stream().map(Node::group).distinct().sorted().toList());
        data.put("nodes", nodes.stream().map(n -> Map.of("id", n.code(), "name", n.name(), "group", n.group(),
                "value", n.made() + n.received(), "made", n.made(), "received", n.received())).toList());
        data.put("edges", edges.stream().map(e -> Map.of("source", e.from(), "target", e.to(), "value", e.count())).toList());
        return ChartJson.write(data);
    }
}
