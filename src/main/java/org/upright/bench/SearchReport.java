package org.upright.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Markdown tables for docs/BENCHMARKS.md, and a per-query TSV for a closer look. */
final class SearchReport {
    static final String LUCENE = "Lucene";
    static final String FTS5 = "FTS5";
    /** The aims of the issue: p99 at the largest corpus, and how much faster than FTS5 at p99. */
    static final double AIM_P99_MS = 20;
    static final double AIM_RATIO = 5;

    private final PrintStream out;
    private final int clients;

    SearchReport(PrintStream out, int clients) {
        this.out = out;
        this.clients = clients;
    }

    void print(List<ScaleResult> results, String machine, String settings) {
        out.println(machine);
        out.println(settings);
        out.println();
        builds(results);
        latencies(results);
        ScaleResult largest = results.get(results.size() - 1);
        aims(largest);
        byKind(largest);
        sanity(results);
        slowest(largest, 10);
    }

    private void builds(List<ScaleResult> results) {
        out.println("| corpus | recommendations + pledges | record import (s) | Lucene rebuild (s) | Lucene index (MiB) | FTS5 build (s) | FTS5 database (MiB) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (ScaleResult r : results) {
            out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.0f | %.1f | %.0f |%n", r.label(), r.recommendations(),
                    r.importSeconds(), r.luceneBuildSeconds(), mib(r.luceneBytes()), r.ftsBuildSeconds(), mib(r.ftsBytes()));
        }
        out.println();
    }

    private void latencies(List<ScaleResult> results) {
        ScaleResult any = results.get(0);
        int runs = any.micros().get(LUCENE).get(0).size();
        out.printf(Locale.ROOT, "Latency of a result page (total, first 20 hits, counts of %d facets%s), %d queries × %d"
                        + " measured runs each; throughput with %d concurrent clients.%n%n", any.facets(),
                any.sideways() ? ", filtered facets counted drill-sideways" : "", any.queries().size(), runs, clients);
        out.println("| corpus | engine | p50 (ms) | p99 (ms) | mean (ms) | max (ms) | slowest query, its median (ms) | throughput, "
                + clients + " clients (queries/s) |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (ScaleResult r : results) {
            for (String engine : List.of(LUCENE, FTS5)) {
                Latencies l = r.all(engine);
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.1f |%n", r.label(), engine, ms(l.median()),
                        ms(l.percentile(99)), ms(l.mean()), ms(l.max()), ms(r.slowestMedian(engine)), r.qps().get(engine));
            }
            Latencies lucene = r.all(LUCENE);
            Latencies fts = r.all(FTS5);
            out.printf(Locale.ROOT, "| %s | **FTS5 / Lucene** | **%.1f×** | **%.1f×** | %.1f× | %.1f× | %.1f× | %.1f× |%n", r.label(),
                    ratio(fts.median(), lucene.median()), ratio(fts.percentile(99), lucene.percentile(99)),
                    fts.mean() / lucene.mean(), ratio(fts.max(), lucene.max()),
                    ratio(r.slowestMedian(FTS5), r.slowestMedian(LUCENE)), r.qps().get(LUCENE) / r.qps().get(FTS5));
        }
        out.println();
    }

    private void aims(ScaleResult r) {
        double p99 = r.all(LUCENE).percentile(99) / 1000.0;
        double ratio = ratio(r.all(FTS5).percentile(99), r.all(LUCENE).percentile(99));
        out.printf(Locale.ROOT, "Aims at %s: Lucene p99 ≤ %.0f ms — %.1f ms, %s; at least %.0f× faster than FTS5 at p99 — %.1f×, %s.%n%n",
                r.label(), AIM_P99_MS, p99, p99 <= AIM_P99_MS ? "met" : "**not met**", AIM_RATIO, ratio,
                ratio >= AIM_RATIO ? "met" : "**not met**");
    }

    private void byKind(ScaleResult r) {
        Set<String> kinds = new LinkedHashSet<>();
        r.queries().forEach(q -> kinds.add(q.kind()));
        out.printf("By kind of query, %s:%n%n", r.label());
        out.println("| kind | queries | Lucene p50 (ms) | Lucene p99 (ms) | FTS5 p50 (ms) | FTS5 p99 (ms) | FTS5 / Lucene at p99 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String kind : kinds) {
            Latencies l = r.ofKind(LUCENE, kind);
            Latencies f = r.ofKind(FTS5, kind);
            long n = r.queries().stream().filter(q -> q.kind().equals(kind)).count();
            out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.1f× |%n", kind, n, ms(l.median()), ms(l.percentile(99)),
                    ms(f.median()), ms(f.percentile(99)), ratio(f.percentile(99), l.percentile(99)));
        }
        out.println();
    }

    /** Totals of the simple word queries side by side: they differ where the two stemmers and tokenisers differ. */
    private void sanity(List<ScaleResult> results) {
        ScaleResult first = results.get(0);
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < first.queries().size() && picked.size() < 8; i++) {
            BenchQuery q = first.queries().get(i);
            if (q.filters().isEmpty() && (q.kind().equals("words") || q.kind().equals("phrases"))) picked.add(i);
        }
        out.print("Sanity check, total hits of simple queries (stemmers and tokenisers differ, so the totals do too):\n\n| query |");
        for (ScaleResult r : results) out.print(" Lucene " + r.label() + " | FTS5 " + r.label() + " |");
        out.print("\n|---|");
        for (ScaleResult ignored : results) out.print("---:|---:|");
        out.println();
        for (int i : picked) {
            out.print("| `" + first.queries().get(i).text() + "` |");
            for (ScaleResult r : results) {
                out.printf(Locale.ROOT, " %,d | %,d |", r.outcomes().get(LUCENE).get(i).total(), r.outcomes().get(FTS5).get(i).total());
            }
            out.println();
        }
        out.println();
    }

    private void slowest(ScaleResult r, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.queries().size(); i++) order.add(i);
        order.sort(Comparator.comparingLong((Integer i) -> r.of(LUCENE, i).median()).reversed());
        out.printf("Slowest queries on Lucene, %s (median of the measured runs):%n%n", r.label());
        out.println("| query | kind | hits | Lucene median (ms) | Lucene max (ms) | FTS5 median (ms) | FTS5 hits |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (int i : order.subList(0, Math.min(n, order.size()))) {
            out.printf(Locale.ROOT, "| `%s` | %s | %,d | %s | %s | %s | %,d |%n", r.queries().get(i).label().replace("|", "\\|"),
                    r.queries().get(i).kind(), r.outcomes().get(LUCENE).get(i).total(), ms(r.of(LUCENE, i).median()),
                    ms(r.of(LUCENE, i).max()), ms(r.of(FTS5, i).median()), r.outcomes().get(FTS5).get(i).total());
        }
        out.println();
    }

    /** One line per query and corpus: totals and medians of both engines. */
    static void writeTsv(List<ScaleResult> results, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("corpus\tkind\tquery\tlucene_total\tfts5_total\tlucene_facet_values\tfts5_facet_values"
                + "\tlucene_median_ms\tlucene_max_ms\tfts5_median_ms\tfts5_max_ms");
        for (ScaleResult r : results) {
            for (int i = 0; i < r.queries().size(); i++) {
                Engine.Outcome l = r.outcomes().get(LUCENE).get(i);
                Engine.Outcome f = r.outcomes().get(FTS5).get(i);
                lines.add(String.join("\t", r.label(), r.queries().get(i).kind(), r.queries().get(i).label(),
                        Long.toString(l.total()), Long.toString(f.total()), Integer.toString(l.facetValues()),
                        Integer.toString(f.facetValues()), ms(r.of(LUCENE, i).median()), ms(r.of(LUCENE, i).max()),
                        ms(r.of(FTS5, i).median()), ms(r.of(FTS5, i).max())));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String ms(double micros) {
        double ms = micros / 1000.0;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f", ms);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
