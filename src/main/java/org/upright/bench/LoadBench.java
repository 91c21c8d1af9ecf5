package org.upright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load one node holds: N clients, each sending its next request as soon as the last one answered, mixing
 * searches (the queries of bench/search-queries.txt, as the search page and the JSON API) with page views (home,
 * state, review and recommendation pages) for a fixed time; prints one JSON line per client count with
 * throughput, p50/p99 latency and errors (any answer but 200, or no answer).
 *
 * <p>Usage: {@code LoadBench URL CLIENTS[,CLIENTS…] SECONDS WARMUP_SECONDS QUERIES_FILE SEED}; bench/load starts it.
 */
public final class LoadBench {
    /** The mix of requests: kind and weight (per 100). */
    private enum Kind {
        SEARCH_PAGE(35), SEARCH_API(15), HOME(10), STATE(15), REVIEW(10), RECOMMENDATION(15);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private record Sample(Kind kind, long nanos, boolean ok) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final List<String> queries;
    private final List<String> states = new ArrayList<>();
    private final List<Long> reviews = new ArrayList<>();
    private final List<Long> recommendations = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    private LoadBench(String base, List<String> queries) {
        this.base = base;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Integer> clients = new ArrayList<>();
        for (String c : args[1].split(",")) clients.add(Integer.parseInt(c.strip()));
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        List<String> queries = BenchQuery.load(Path.of(args[4])).stream().map(BenchQuery::text).toList();
        long seed = Long.parseLong(args[5]);
        LoadBench bench = new LoadBench(base, queries);
        bench.discover();
        bench.run(Math.max(1, clients.get(0)), warmup, seed, false);
        for (int n : clients) bench.run(n, seconds, seed + n, true);
    }

    /** Reads which states, reviews and recommendations the node holds, to view their pages. */
    private void discover() throws IOException, InterruptedException {
        for (JsonNode s : get("/api/v1/states").path("items")) states.add(s.path("code").asText());
        for (int page = 1; page <= 5; page++) {
            for (JsonNode r : get("/api/v1/reviews?size=100&page=" + page).path("items")) reviews.add(r.path("id").asLong());
        }
        for (String q : queries.subList(0, Math.min(queries.size(), 20))) {
            for (JsonNode h : get("/api/v1/search?size=20&q=" + encode(q)).path("hits")) recommendations.add(h.path("id").asLong());
        }
        if (states.isEmpty() || reviews.isEmpty() || recommendations.isEmpty()) {
            throw new IllegalStateException("the node at " + base + " holds no record: import the data first");
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode());
        return json.readTree(r.body());
    }

    private String path(Kind kind, Random random) {
        return switch (kind) {
            case SEARCH_PAGE -> "/search?q=" + encode(pick(queries, random));
            case SEARCH_API -> "/api/v1/search?q=" + encode(pick(queries, random));
            case HOME -> "/";
            case STATE -> "/states/" + pick(states, random);
            case REVIEW -> "/reviews/" + pick(reviews, random);
            case RECOMMENDATION -> "/recommendations/" + pick(recommendations, random);
        };
    }

    private static Kind kind(Random random) {
        int roll = random.nextInt(100);
        for (Kind k : Kind.values()) {
            if (roll < k.weight) return k;
            roll -= k.weight;
        }
        return Kind.HOME;
    }

    private void run(int clients, int seconds, long seed, boolean report) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong bytes = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000 + c);
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    Kind kind = kind(random);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path(kind, random)))
                            .timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() == 200;
                        bytes.addAndGet(r.body().length);
                        if (!ok) System.err.println("load: " + request.uri() + " answered " + r.statusCode());
                    } catch (IOException e) {
                        ok = false;
                        System.err.println("load: " + request.uri() + " failed: " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    samples.add(new Sample(kind, System.nanoTime() - start, ok));
                }
            }));
        }
        for (Thread t : threads) t.join();
        if (!report) return;
        List<Sample> all = new ArrayList<>(samples);
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "{\"clients\":%d,\"seconds\":%d,\"requests\":%d,\"throughput\":%.1f,"
                        + "\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"errors\":%d,\"mb\":%.1f", clients, seconds, all.size(),
                all.size() / (double) seconds, percentile(all, null, 50), percentile(all, null, 99), percentile(all, null, 100),
                all.stream().filter(s -> !s.ok()).count(), bytes.get() / 1e6));
        for (Kind k : Kind.values()) {
            line.append(String.format(Locale.ROOT, ",\"%s_p99_ms\":%.2f", k.name().toLowerCase(Locale.ROOT), percentile(all, k, 99)));
        }
        System.out.println(line.append('}'));
    }

    private static double percentile(List<Sample> samples, Kind kind, int p) {
        List<Long> nanos = new ArrayList<>();
        for (Sample s : samples) if (kind == null || s.kind() == kind) nanos.add(s.nanos());
        if (nanos.isEmpty()) return 0;
        Collections.sort(nanos);
        int at = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
        return nanos.get(Math.max(0, Math.min(nanos.size() - 1, at))) / 1e6;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
