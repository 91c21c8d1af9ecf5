package org.upright.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many answers one network address may send in a window: each attempt counts, accepted or not, so a flood of
 * wrong answers is slowed as much as a flood of right ones. Counted in this process's memory, not the database:
 * the count is not personal data worth keeping, and behind several web nodes each node counts on its own.
 */
public final class AnswerThrottle {
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public AnswerThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public static AnswerThrottle standard() {
        return new AnswerThrottle(PER_ADDRESS, WINDOW, Clock.systemUTC());
    }

    /** Counts an attempt from the address; false when it is over the limit (and then it is not counted). */
    boolean admit(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        attempts.values().removeIf(d -> {
            synchronized (d) {
                return d.isEmpty() || d.peekLast().isBefore(since);
            }
        });
        Deque<Instant> mine = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (mine) {
            while (!mine.isEmpty() && mine.peekFirst().isBefore(since)) mine.pollFirst();
            if (mine.size() >= limit) return false;
            mine.addLast(now);
            return true;
        }
    }

    String message() {
        return "Too many answers from your network address in the last " + window.toMinutes() + " minutes. Wait a few"
                + " minutes, then send your answer again; nothing you sent this time was kept.";
    }
}
