package org.upright.search;

import java.io.PrintStream;

/**
 * A rebuild's progress on standard error, shown only once it has taken a second: an empty or small index
 * rebuilds silently, a large one says why it is rebuilt and how far it is.
 */
public final class ProgressLine implements IndexProgress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final boolean always;
    private long started;
    private long lastShown;
    private String why = "";
    private boolean shown;

    private ProgressLine(PrintStream out, boolean always) {
        this.out = out;
        this.always = always;
    }

    /** For the app: quiet unless a rebuild takes a while. */
    public static IndexProgress toStderr() {
        return new ProgressLine(System.err, false);
    }

    /** For `upright reindex`: shows progress from the start. */
    public static IndexProgress toStderrAlways() {
        return new ProgressLine(System.err, true);
    }

    @Override
    public void rebuilding(String why, long total) {
        this.why = why;
        started = System.nanoTime();
        lastShown = started;
        shown = false;
        if (always) show(0, total);
    }

    @Override
    public void indexed(long done, long total) {
        long now = System.nanoTime();
        boolean due = shown ? now - lastShown >= EVERY_NANOS : always || now - started >= QUIET_NANOS;
        if (due || shown && done == total) show(done, total);
    }

    private void show(long done, long total) {
        if (!shown) out.println("Building the search index (" + why + ") …");
        shown = true;
        lastShown = System.nanoTime();
        long percent = total == 0 ? 100 : done * 100 / total;
        out.printf("  %,d of %,d recommendations indexed (%d%%)%n", done, total, percent);
    }
}
