package org.upright.mail;

import java.time.Duration;

/**
 * When a mail that could not be delivered is tried again: 30 seconds after the first failure, doubling up to six
 * hours, and given up after {@link #MAX_ATTEMPTS} tries (about four days), so a mail server that is down for a
 * weekend delays mail without losing any.
 */
public final class Backoff {
    public static final int MAX_ATTEMPTS = 20;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public static Duration after(int failures) {
        if (failures < 1) return Duration.ZERO;
        long seconds = FIRST.toSeconds() << Math.min(failures - 1, 20);
        return seconds >= LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
    }
}
