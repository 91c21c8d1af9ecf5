package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Keeps the answers the public gets (pages and JSON for readers who are not signed in) until anything changes, so that
 * a page is rendered once per change instead of once per view. Measured before adding it (docs/BENCHMARKS.md): a page's
 * time went into counting in SQL, looking up states and labels, rendering and writing JSON, not into the search (2 ms).
 * <p>
 * Kept only what is the same for every reader: GET, no session and no API token, status 200, no cookie set, no
 * {@code no-store}, no download, and a page that put no CSRF token in its forms ({@link Chrome#csrf}). Forgotten as a
 * whole on any change: every event the services announce (imports, repairs, labels, cases, documents, assessments,
 * accounts — also what other nodes logged), every request that may change something, and after {@link #MAX_AGE_NANOS}
 * in any case, for what changes without an announcement (a calendar written by another process).
 */
public final class ResponseCache {
    /** An answer is never older than this, whatever was announced. */
    static final long MAX_AGE_NANOS = 30_000_000_000L;
    /** Answers larger than this are not kept (a full export); a search page is about 130 KB. */
    private static final int MAX_BODY = 1 << 20;
    private static final int MAX_ENTRIES = 4_000;
    private static final long MAX_BYTES = 96L << 20;
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-encoding", "date",
            "transfer-encoding");
    private static final String KEY = "upright.cache-key";

    private record Answer(byte[] body, List<String[]> headers, long generation, long index, long storedAt) {
    }

    private final Map<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier clock;
    private final LongSupplier indexGeneration;
    private long bytes;

    ResponseCache(LongSupplier clock, LongSupplier indexGeneration) {
        this.clock = clock;
        this.indexGeneration = indexGeneration;
    }

    /**
     * Registers the look-up before every endpoint and the keeping after it; call after {@link Auth#register}. The
     * search index's generation also keys every answer: the index follows a change a moment after it is announced, and
     * a page rendered in that moment must not outlive it.
     */
    public static ResponseCache register(RoutesConfig routes, LongSupplier indexGeneration) {
        ResponseCache cache = new ResponseCache(System::nanoTime, indexGeneration);
        routes.before(cache::answerIfKept);
        routes.after(cache::keep);
        return cache;
    }

    /** Forgets every kept answer: something changed. */
    public void forget() {
        generation.incrementAndGet();
    }

    void answerIfKept(Context ctx) {
        String method = ctx.method().name();
        if (!"GET".equals(method)) {
            if (!"HEAD".equals(method) && !"OPTIONS".equals(method)) forget();
            return;
        }
        if (!sameForEveryone(ctx)) return;
        String key = key(ctx);
        Answer answer = lookUp(key);
        if (answer == null) {
            ctx.attribute(KEY, key);
            Chrome.personal(false);
            return;
        }
        for (String[] h : answer.headers()) ctx.header(h[0], h[1]);
        ctx.result(answer.body());
        Chrome.clear();
        ctx.skipRemainingHandlers();
    }

    void keep(Context ctx) {
        String key = ctx.attribute(KEY);
        if (key == null || ctx.statusCode() != 200 || Chrome.isPersonal() || ctx.res().getHeader("Set-Cookie") != null
                || ctx.res().getHeader("Content-Disposition") != null) {
            return;
        }
        String cacheControl = ctx.res().getHeader("Cache-Control");
        if (cacheControl != null && cacheControl.contains("no-store")) return;
        long seen = generation.get();
        long index = indexGeneration.getAsLong();
        byte[] body;
        try (InputStream in = ctx.resultInputStream()) {
            if (in == null) return;
            body = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > MAX_BODY) {
            throw new IllegalStateException("an answer over " + MAX_BODY + " bytes reached the response cache: " + ctx.path());
        }
        ctx.result(body);
        List<String[]> headers = new ArrayList<>();
        for (String name : ctx.res().getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) headers.add(new String[] {name, ctx.res().getHeader(name)});
        }
        store(key, new Answer(body, headers, seen, index, clock.getAsLong()));
    }

    private static boolean sameForEveryone(Context ctx) {
        return !Auth.viewer(ctx).signedIn() && ctx.header("Authorization") == null;
    }

    /**
     * The reader's language, the URL and the request headers an answer varies by (htmx asks for fragments; the API
     * index by Accept). The language was chosen before ({@link LanguageChoice} is registered first).
     */
    private static String key(Context ctx) {
        String query = ctx.queryString();
        return org.upright.i18n.Ui.code() + "|" + ctx.path() + (query == null ? "" : "?" + query) + "|" + ctx.header("HX-Request") + "|" + ctx.header("HX-Target")
                + "|" + ctx.header("Accept");
    }

    private synchronized Answer lookUp(String key) {
        Answer a = answers.get(key);
        if (a == null) return null;
        if (a.generation() != generation.get() || a.index() != indexGeneration.getAsLong()
                || clock.getAsLong() - a.storedAt() > MAX_AGE_NANOS) {
            answers.remove(key);
            bytes -= a.body().length;
            return null;
        }
        return a;
    }

    private synchronized void store(String key, Answer answer) {
        // an answer computed while something changed may already be out of date
        if (answer.generation() != generation.get()) return;
        Answer old = answers.put(key, answer);
        if (old != null) bytes -= old.body().length;
        bytes += answer.body().length;
        var eldest = answers.entrySet().iterator();
        while ((answers.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }
}
