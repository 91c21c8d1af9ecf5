package org.upright.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the database's change log on a background thread: every {@link #POLL} it reads the changes logged since
 * the last one seen (one indexed query) and hands them on, with the position up to which every change has been
 * handed on.
 *
 * <p>Ids are taken when a change is logged but become visible when its transaction commits, and on PostgreSQL
 * transactions commit in any order: id 11 may be seen while id 10 is still to come. So an id skipped over is a
 * gap, looked for again at each poll until it appears or {@link #GAP_WAIT} has passed (its transaction rolled
 * back); the position stops below the oldest open gap. Entries may be handed on twice (after a restart, the last
 * few are read again): whoever listens applies them idempotently.
 */
public final class ChangeLogFollower implements AutoCloseable {
    /** How often the log is read: changes of other nodes show within about this long. */
    public static final Duration POLL = Duration.ofMillis(250);
    /** How long a skipped id is waited for; longer than any transaction holds a logged id before committing. */
    public static final Duration GAP_WAIT = Duration.ofSeconds(60);
    /** How many logged changes before the stored position are read again at start, for late commits not yet seen. */
    public static final int REREAD = 20;
    private static final int BATCH = 500;
    /** A jump larger than this is rows pruned or a rolled-back burst, not transactions in flight. */
    private static final int MAX_GAP = 1_000;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    /** Receives the entries newly seen (oldest first) and the position every change up to which was handed on. */
    public interface Listener {
        void changed(List<ChangeLog.Entry> entries, long position);
    }

    private final ChangeLog log;
    private final Duration retention;
    private final Listener listener;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long newestSeen;
    private long lastPosition = -1;
    private Instant lastPrune = Instant.EPOCH;
    private ScheduledExecutorService thread;
    private boolean closed;

    /**
     * A follower starting after {@code position} (re-reading the {@code reread} entries before it, for commits that
     * came late); it prunes entries older than {@code retention}.
     */
    public ChangeLogFollower(ChangeLog log, long position, int reread, Duration retention, Listener listener) {
        this.log = log;
        this.retention = retention;
        this.listener = listener;
        long oldest = log.window().oldest();
        this.newestSeen = Math.max(0, Math.max(position - reread, oldest - 1));
    }

    /** Starts polling on a daemon thread. */
    public synchronized void start() {
        if (thread != null) return;
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "change-log-follower");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::pollQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll(Instant.now());
        } catch (RuntimeException e) {
            // the database may be restarting: the next poll tries again, and nothing is skipped meanwhile
            System.err.println("change log: cannot read it (" + e.getMessage() + "); trying again");
        }
    }

    /** Reads the log once and hands on what is new; {@code now} decides which gaps are given up. */
    public synchronized void poll(Instant now) {
        if (closed) return;
        List<ChangeLog.Entry> found = new ArrayList<>();
        if (!gaps.isEmpty()) {
            for (ChangeLog.Entry e : log.withIds(List.copyOf(gaps.keySet()))) {
                gaps.remove(e.id());
                found.add(e);
            }
        }
        List<ChangeLog.Entry> fresh;
        do {
            fresh = log.after(newestSeen, BATCH);
            for (ChangeLog.Entry e : fresh) {
                if (e.id() - newestSeen - 1 <= MAX_GAP) {
                    for (long missing = newestSeen + 1; missing < e.id(); missing++) gaps.put(missing, now);
                }
                newestSeen = e.id();
                found.add(e);
            }
        } while (fresh.size() == BATCH);
        gaps.values().removeIf(since -> Duration.between(since, now).compareTo(GAP_WAIT) > 0);
        long position = position();
        if (!found.isEmpty() || position != lastPosition) {
            found.sort(Comparator.comparingLong(ChangeLog.Entry::id));
            listener.changed(List.copyOf(found), position);
            lastPosition = position;
        }
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) > 0) {
            lastPrune = now;
            log.prune(now.minus(retention));
        }
    }

    /** Every change up to here has been handed on. */
    public synchronized long position() {
        return gaps.isEmpty() ? newestSeen : gaps.firstKey() - 1;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) thread.shutdownNow();
    }
}
