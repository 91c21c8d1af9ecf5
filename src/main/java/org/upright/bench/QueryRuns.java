package org.upright.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the benchmark queries on the engines. Latency: warm-up passes, then measured passes in a seeded shuffled
 * order, the engines taking turns pass by pass so that a noisy moment of the shared machine falls on both.
 * Throughput: a fixed pool of client threads, each running the whole list in its own order.
 */
final class QueryRuns implements AutoCloseable {
    static final double MIN_SECONDS = 5;

    private final List<BenchQuery> queries;
    private final long seed;
    private final Consumer<String> log;
    private final int clients;
    private final ExecutorService pool;

    QueryRuns(List<BenchQuery> queries, long seed, int clients, Consumer<String> log) {
        this.queries = queries;
        this.seed = seed;
        this.clients = clients;
        this.log = log;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    /** Runs every query once on every engine; an engine that cannot run a query stops the benchmark, naming it. */
    Map<Engine, List<Engine.Outcome>> check(List<Engine> engines) {
        Map<Engine, List<Engine.Outcome>> outcomes = new LinkedHashMap<>();
        for (Engine e : engines) {
            List<Engine.Outcome> list = new ArrayList<>();
            for (BenchQuery q : queries) list.add(run(e, q));
            outcomes.put(e, list);
        }
        return outcomes;
    }

    /** Per engine, per query (in file order): the microseconds of each measured run. */
    Map<Engine, List<List<Long>>> latencies(List<Engine> engines, int warmup, int passes) {
        for (int p = 0; p < warmup; p++) {
            for (Engine e : engines) for (int i : order(-1 - p)) run(e, queries.get(i));
        }
        Map<Engine, List<List<Long>>> micros = new LinkedHashMap<>();
        for (Engine e : engines) {
            List<List<Long>> perQuery = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) perQuery.add(new ArrayList<>());
            micros.put(e, perQuery);
        }
        for (int p = 0; p < passes; p++) {
            List<Engine> turn = new ArrayList<>(engines);
            Collections.rotate(turn, p);
            for (Engine e : turn) {
                for (int i : order(p)) {
                    long start = System.nanoTime();
                    run(e, queries.get(i));
                    micros.get(e).get(i).add((System.nanoTime() - start) / 1000);
                }
            }
            log.accept("  pass " + (p + 1) + "/" + passes + " done");
        }
        return micros;
    }

    /**
     * Queries a second with every client thread running the list at once, each in its own order: at least
     * {@code passes} passes and at least {@link #MIN_SECONDS} (a fast engine would be over before the clock means
     * anything). The latency passes before have warmed the JIT and the caches.
     */
    double throughput(Engine e, int passes) throws Exception {
        long start = System.nanoTime();
        long until = start + (long) (MIN_SECONDS * 1e9);
        List<Future<Integer>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                int n = 0;
                for (int p = 0; p < passes || System.nanoTime() < until; p++) {
                    for (int i : order(1000 + client * 1000L + p)) {
                        run(e, queries.get(i));
                        n++;
                    }
                }
                return n;
            }));
        }
        int done = 0;
        for (Future<Integer> f : work) done += f.get();
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private List<Integer> order(long pass) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) order.add(i);
        Collections.shuffle(order, new Random(seed * 31 + pass));
        return order;
    }

    private static Engine.Outcome run(Engine e, BenchQuery q) {
        try {
            return e.search(q);
        } catch (Exception ex) {
            throw new IllegalStateException(e.name() + " cannot run the query '" + q.label() + "': " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
