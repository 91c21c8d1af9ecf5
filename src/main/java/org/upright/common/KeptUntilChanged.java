package org.upright.common;

import java.util.function.Supplier;

/**
 * A value worked out once and kept until {@link #forget()} says what it was worked out from changed. A value
 * worked out while a change came in is handed to its caller but not kept: it may predate the change.
 */
public final class KeptUntilChanged<T> {
    private record Kept<T>(long generation, T value) {
    }

    private final Supplier<T> work;
    private final Object lock = new Object();
    private long generation;
    private Kept<T> kept;

    public KeptUntilChanged(Supplier<T> work) {
        this.work = work;
    }

    public T get() {
        long started;
        synchronized (lock) {
            if (kept != null && kept.generation() == generation) return kept.value();
            started = generation;
        }
        // worked out outside the lock: a slow count must not hold up forget(), which event listeners call
        T value = work.get();
        synchronized (lock) {
            if (generation == started) kept = new Kept<>(started, value);
        }
        return value;
    }

    /** Drops the kept value; the next {@link #get()} works it out again. */
    public void forget() {
        synchronized (lock) {
            generation++;
            kept = null;
        }
    }
}
