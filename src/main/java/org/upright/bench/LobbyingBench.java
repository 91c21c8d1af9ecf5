package org.upright.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.App;
import org.upright.analytics.LobbyingModel;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.search.CrossTable;
import org.upright.search.Facet;
import org.upright.search.FacetValue;
import org.upright.search.SearchRequest;
import org.upright.search.SearchSort;
import org.upright.state.State;

/**
 * The who-to-lobby evaluation: rank with the record of cycle 1 only, compare with who really recommended on the topic
 * to each state in cycle 2, against the popularity baseline (the most frequent recommenders on the topic). Topics are
 * every UPR Info issue, and separately the free-text topics of bench/lobbying-topics.txt (queries, not used when the
 * weights were chosen). Prints Markdown for docs/ANALYTICS.md.
 * Usage: LobbyingBench [--data ../shared/data] [--data-dir DIR] [--topics bench/lobbying-topics.txt] [--k 10] [--grid]
 */
public final class LobbyingBench {
    /** One state under review and topic with its cycle-2 recommenders. */
    private record Pair(String sur, String topic, Set<String> truth) {
    }

    /** Sums of the measures over pairs. */
    private static final class Score {
        double precision;
        double recall;
        double ap;
        int pairs;

        void add(List<String> ranked, Set<String> truth, int k) {
            int hits = 0;
            double sum = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (truth.contains(ranked.get(i))) {
                    hits++;
                    sum += (double) hits / (i + 1);
                }
                if (i == k - 1) {
                    precision += (double) hits / k;
                    recall += (double) hits / truth.size();
                }
            }
            if (ranked.size() < k) {
                precision += (double) hits / k;
                recall += (double) hits / truth.size();
            }
            ap += sum / truth.size();
            pairs++;
        }

        String row(String method, int k) {
            return String.format("%s | %d | %.3f | %.3f | %.3f |", method, pairs, precision / pairs, recall / pairs, ap / pairs);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--grid")) opts.put("--grid", "yes");
            else opts.put(args[i], args[++i]);
        }
        Path data = Path.of(opts.getOrDefault("--data", "../shared/data"));
        Path dataDir = Path.of(opts.getOrDefault("--data-dir", "target/bench-lobbying/data"));
        Path topicsFile = Path.of(opts.getOrDefault("--topics", "bench/lobbying-topics.txt"));
        int k = Integer.parseInt(opts.getOrDefault("--k", "10"));
        boolean fresh = !Files.exists(dataDir.resolve("upright.sqlite"));
        try (App app = new App(new Settings(dataDir, null, 0, "127.0.0.1"))) {
            if (fresh) {
                System.err.println("importing " + data + " into " + dataDir + " …");
                app.importer().importPaths(List.of(data), Optional.empty(), ImportListener.SILENT);
                app.search().awaitChanges();
            }
            List<String> issues = app.search().search(request(null, null, List.of(2))).facets().get(Facet.ISSUE).stream()
                    .map(FacetValue::value).toList();
            List<String> texts = Files.readAllLines(topicsFile).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            Set<String> reviewedBefore = received(app, request(null, null, List.of(1)));
            System.out.println("Who to lobby: ranked with cycle 1, compared with the recommenders of cycle 2 (k = " + k + ")\n");
            System.out.println("| topics | method | pairs | P@" + k + " | R@" + k + " | MAP |");
            System.out.println("|---|---:|---|---:|---:|---:|");
            List<Case> byIssue = cases(app, issues, true, reviewedBefore);
            evaluate("UPR Info issues (" + issues.size() + ")", byIssue, k);
            evaluate("free-text topics (" + texts.size() + ")", cases(app, texts, false, reviewedBefore), k);
            if (opts.containsKey("--grid")) grid(byIssue, k);
        }
    }

    /** A state under review and a topic to rank for, with the model of the topic and who really recommended. */
    private record Case(LobbyingModel model, String sur, List<String> neighbours, Set<String> truth) {
    }

    private static List<Case> cases(App app, List<String> topics, boolean issues, Set<String> reviewedBefore) {
        List<Case> cases = new ArrayList<>();
        for (String topic : topics) {
            String issue = issues ? topic : null;
            String text = issues ? null : topic;
            LobbyingModel m = app.lobbying().model(issue, text, List.of(1));
            CrossTable later = app.search().crossTable(request(issue, text, List.of(2)), Facet.SUR, Facet.RS);
            for (CrossTable.Row row : later.rows()) {
                if (!reviewedBefore.contains(row.value())) continue;
                Set<String> truth = new HashSet<>(row.cells().keySet());
                truth.remove(CrossTable.NONE);
                truth.remove(row.value());
                if (truth.isEmpty()) continue;
                State state = app.states().byCode(org.upright.common.StateCode.of(row.value())).orElseThrow();
                cases.add(new Case(m, row.value(), app.lobbying().neighbours(state), truth));
            }
        }
        return cases;
    }

    private static Score score(List<Case> cases, LobbyingModel.Weights weights, int k, List<Long> nanos) {
        Score score = new Score();
        for (Case c : cases) {
            long start = System.nanoTime();
            List<String> ranked = c.model().rank(c.sur(), c.neighbours(), weights).stream().map(LobbyingModel.Scored::rs).toList();
            if (nanos != null) nanos.add(System.nanoTime() - start);
            score.add(ranked, c.truth(), k);
        }
        return score;
    }

    private static void evaluate(String label, List<Case> cases, int k) {
        Score baseline = new Score();
        for (Case c : cases) baseline.add(c.model().popular(c.sur()), c.truth(), k);
        List<Long> nanos = new ArrayList<>();
        Score model = score(cases, LobbyingModel.Weights.CHOSEN, k, nanos);
        System.out.println("| " + label + " | " + baseline.row("popularity baseline", k));
        System.out.println("| " + label + " | " + model.row("UPRight model", k));
        nanos.sort(Long::compare);
        System.err.printf("%s: %d rankings, median %.2f ms each (after the model's 4 counts per topic)%n", label, nanos.size(),
                nanos.isEmpty() ? 0 : nanos.get(nanos.size() / 2) / 1e6);
    }

    /** Every combination of weights on the cases, MAP first: how the chosen weights were found. */
    private static void grid(List<Case> cases, int k) {
        double[] steps = {0, 0.5, 1, 2, 4};
        System.out.println("\n| spoke | direct | neighbours | P@" + k + " | R@" + k + " | MAP |\n|---:|---:|---:|---:|---:|---:|");
        for (double a : steps) for (double b : steps) for (double c : steps) {
            Score s = score(cases, new LobbyingModel.Weights(a, b, c), k, null);
            System.out.printf("| %.1f | %.1f | %.1f | %.3f | %.3f | %.3f |%n", a, b, c, s.precision / s.pairs, s.recall / s.pairs, s.ap / s.pairs);
        }
    }

    /** The states that received any recommendation in the request's matches. */
    private static Set<String> received(App app, SearchRequest request) {
        Set<String> out = new HashSet<>();
        for (FacetValue v : app.search().search(request).facets().get(Facet.SUR)) if (v.count() > 0) out.add(v.value());
        return out;
    }

    private static SearchRequest request(String issue, String text, List<Integer> cycles) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.KIND, List.of("recommendation"));
        filters.put(Facet.CYCLE, cycles.stream().map(String::valueOf).toList());
        if (issue != null) filters.put(Facet.ISSUE, List.of(issue));
        return new SearchRequest(text, filters, SearchSort.SESSION, 1, 1, false);
    }

    private LobbyingBench() {
    }
}
