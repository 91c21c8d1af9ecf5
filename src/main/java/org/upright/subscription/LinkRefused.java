package org.upright.subscription;

import org.upright.common.UserMistake;

/** A link from a mail that cannot be followed: altered, expired, or a confirmation used already. */
public final class LinkRefused extends UserMistake {
    public enum Why { TAMPERED, EXPIRED, USED, GONE }

    private final Why why;

    public LinkRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
