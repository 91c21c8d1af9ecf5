package org.upright.subscription;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a subscriber hears: each alert at once, or all of a day's or a week's in one digest. */
public enum Frequency {
    INSTANT(Duration.ZERO, "at once"), DAILY(Duration.ofDays(1), "in a daily digest"), WEEKLY(Duration.ofDays(7), "in a weekly digest");

    private final Duration period;
    private final String described;

    Frequency(Duration period, String described) {
        this.period = period;
        this.described = described;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Duration period() {
        return period;
    }

    public String described() {
        return described;
    }

    public static Optional<Frequency> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
