package org.upright.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark measured on one corpus.
 *
 * @param micros   per engine name, per query (file order), the microseconds of every measured run
 * @param qps      per engine name, queries a second with the concurrent clients
 * @param outcomes per engine name, per query, what it found (totals for the sanity table)
 */
record ScaleResult(String label, long recommendations, double importSeconds, String importSummary,
                   double luceneBuildSeconds, long luceneBytes, double ftsBuildSeconds, long ftsBytes,
                   int facets, boolean sideways, List<BenchQuery> queries,
                   Map<String, List<List<Long>>> micros, Map<String, Double> qps,
                   Map<String, List<Engine.Outcome>> outcomes) {

    /** Every measured run of the engine, all queries together. */
    Latencies all(String engine) {
        List<Long> all = new ArrayList<>();
        micros.get(engine).forEach(all::addAll);
        return Latencies.of(all);
    }

    /** The median of the query that is slowest by its median: the tail without the machine's noise in it. */
    long slowestMedian(String engine) {
        long worst = 0;
        for (int i = 0; i < queries.size(); i++) worst = Math.max(worst, of(engine, i).median());
        return worst;
    }

    Latencies of(String engine, int query) {
        return Latencies.of(micros.get(engine).get(query));
    }

    /** Every measured run of the engine on the queries of one kind. */
    Latencies ofKind(String engine, String kind) {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) if (queries.get(i).kind().equals(kind)) all.addAll(micros.get(engine).get(i));
        return Latencies.of(all);
    }
}
