package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.upright.search.Facet;
import org.upright.search.FacetValue;
import org.upright.search.IndexProgress;
import org.upright.search.SearchResult;
import org.upright.search.SearchService;

/**
 * `./upright bench search`: the Lucene search against SQLite FTS5 on the same record, the same queries and the
 * same facet counts, side by side in one run, on the real corpus and on one ten times its size. Prints Markdown
 * for docs/BENCHMARKS.md on standard output, progress on standard error.
 */
public final class SearchBench {

    record Options(List<Integer> scales, int warmup, int passes, int throughputPasses, int clients, long seed,
                   Path data, Path queries, Path work, boolean keep, Path out) {

        static Options parse(String[] args) {
            Map<String, String> a = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
                String name = args[i].substring(2);
                if (name.equals("keep")) a.put(name, "true");
                else if (i + 1 < args.length) a.put(name, args[++i]);
                else throw new IllegalArgumentException("--" + name + " needs a value");
            }
            List<Integer> scales = Stream.of(a.getOrDefault("scale", "1,10").split(",")).map(String::strip)
                    .map(Integer::valueOf).sorted().toList();
            return new Options(scales, Integer.parseInt(a.getOrDefault("warmup", "1")),
                    Integer.parseInt(a.getOrDefault("passes", "5")), Integer.parseInt(a.getOrDefault("throughput-passes", "1")),
                    Integer.parseInt(a.getOrDefault("clients", "2")), Long.parseLong(a.getOrDefault("seed", "20261130")),
                    Path.of(a.getOrDefault("data", "../shared/data")), Path.of(a.getOrDefault("queries", "bench/search-queries.txt")),
                    a.containsKey("work") ? Path.of(a.get("work")) : null, a.containsKey("keep"),
                    Path.of(a.getOrDefault("out", "target/bench-search")));
        }
    }

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<BenchQuery> queries = BenchQuery.load(o.queries());
        Path work = o.work() != null ? Files.createDirectories(o.work()) : Files.createTempDirectory("upright-bench-search-");
        log("work folder " + work + "; " + queries.size() + " queries");
        List<ScaleResult> results = new ArrayList<>();
        try {
            long start = System.nanoTime();
            log("1×: importing " + o.data() + " …");
            try (Corpus one = Corpus.real(o.data(), work.resolve("1x"))) {
                log(String.format(Locale.ROOT, "1×: %,d recommendations in %.1f s %s", one.recommendations(),
                        one.importSeconds(), one.summary()));
                if (o.scales().contains(1)) results.add(measure(one, work, queries, o));
            }
            for (int scale : o.scales()) {
                if (scale == 1) continue;
                log(scale + "×: writing and importing " + (scale - 1) + " variants of every recommendation …");
                try (Corpus big = Corpus.scaled(work.resolve("1x"), work.resolve(scale + "x"), scale - 1, o.seed(),
                        work.resolve("variants"))) {
                    log(String.format(Locale.ROOT, "%s: %,d recommendations; variants imported in %.1f s %s", big.label(),
                            big.recommendations(), big.importSeconds(), big.summary()));
                    results.add(measure(big, work, queries, o));
                }
            }
            log(String.format(Locale.ROOT, "done in %.0f s", (System.nanoTime() - start) / 1e9));
        } finally {
            if (!o.keep()) org.upright.common.Folders.deleteTree(work);
        }
        String machine = String.format(Locale.ROOT, "Machine: %s, %d cores, %d GiB heap max, %s %s; JDK %s; date %s.",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 30, System.getProperty("os.name"), System.getProperty("os.version"),
                Runtime.version(), LocalDate.now());
        String settings = String.format(Locale.ROOT, "Command: `./upright bench search --scale %s --warmup %d --passes %d"
                        + " --throughput-passes %d --clients %d --seed %d`.", String.join(",", o.scales().stream().map(String::valueOf).toList()),
                o.warmup(), o.passes(), o.throughputPasses(), o.clients(), o.seed());
        new SearchReport(System.out, o.clients()).print(results, machine, settings);
        SearchReport.writeTsv(results, o.out().resolve("queries.tsv"));
        log("per-query numbers: " + o.out().resolve("queries.tsv"));
    }

    /** Builds both indexes of the corpus, then runs the queries on both engines. */
    private static ScaleResult measure(Corpus corpus, Path work, List<BenchQuery> queries, Options o) throws Exception {
        String label = corpus.label();
        SearchService search = corpus.app().search();
        search.awaitChanges();
        log(label + ": Lucene rebuild …");
        double luceneBuild = seconds(() -> search.rebuild(IndexProgress.SILENT));
        long luceneBytes = size(corpus.dataDir().resolve("index"));
        log(String.format(Locale.ROOT, "%s: Lucene rebuilt in %.1f s (%,d documents, %,d bytes)", label, luceneBuild,
                search.indexed(), luceneBytes));

        log(label + ": FTS5 build …");
        Path ftsFile = work.resolve("fts5-" + label.replace("×", "x") + ".sqlite");
        Map<Integer, Integer> years = new HashMap<>();
        corpus.app().reviews().sessions().forEach(s -> years.put(s.number(), s.year()));
        double ftsBuild = seconds(() -> Fts5Store.build(ftsFile, corpus.app().states(), years,
                batch -> corpus.app().recommendations().forEach(2000, batch)));
        log(String.format(Locale.ROOT, "%s: FTS5 built in %.1f s (%,d bytes)", label, ftsBuild, Files.size(ftsFile)));

        LuceneEngine lucene = new LuceneEngine(search);
        // count on FTS5 what the Lucene side counts: its facets, and drill-sideways when it does that
        SearchResult probe = lucene.run(new BenchQuery("probe", "", Map.of(Facet.CYCLE, List.of("1"))));
        Set<Facet> facets = probe.facets().isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(probe.facets().keySet());
        boolean sideways = probe.facets().getOrDefault(Facet.CYCLE, List.of()).stream()
                .filter(v -> v.count() > 0).map(FacetValue::value).distinct().count() > 1;
        log(label + ": Lucene counts " + facets.size() + " facets" + (sideways ? ", drill-sideways" : ""));

        try (Fts5Engine fts = new Fts5Engine(ftsFile, facets, sideways, corpus.app().states());
             QueryRuns runs = new QueryRuns(queries, o.seed(), o.clients(), SearchBench::log)) {
            List<Engine> engines = List.of(lucene, fts);
            Map<String, List<Engine.Outcome>> outcomes = new LinkedHashMap<>();
            runs.check(engines).forEach((e, list) -> outcomes.put(e.name(), list));
            log(label + ": latency, " + o.warmup() + " warm-up + " + o.passes() + " measured passes …");
            Map<String, List<List<Long>>> micros = new LinkedHashMap<>();
            runs.latencies(engines, o.warmup(), o.passes()).forEach((e, m) -> micros.put(e.name(), m));
            Map<String, Double> qps = new LinkedHashMap<>();
            for (Engine e : engines) {
                log(label + ": throughput of " + e.name() + ", " + o.clients() + " clients …");
                qps.put(e.name(), runs.throughput(e, o.throughputPasses()));
            }
            return new ScaleResult(label, corpus.recommendations(), corpus.importSeconds(), corpus.summary(), luceneBuild,
                    luceneBytes, ftsBuild, Files.size(ftsFile), facets.size(), sideways, queries, micros, qps, outcomes);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long size(Path folder) throws IOException {
        if (!Files.exists(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void log(String line) {
        System.err.println("bench search: " + line);
    }
}
