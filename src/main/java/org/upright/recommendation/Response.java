package org.upright.recommendation;

import java.util.Locale;
import java.util.Optional;

/** What the state under review answered to a recommendation. */
public enum Response {
    SUPPORTED("Supported"),
    NOTED("Noted"),
    /** Before the state has answered (a report that says the recommendations "will be examined"). */
    PENDING("Pending");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the words the sources use: Supported/Accepted, Noted, Pending, and the enum names. */
    public static Optional<Response> parse(String text) {
        if (text == null) return Optional.empty();
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "supported", "accepted", "support" -> Optional.of(SUPPORTED);
            case "noted", "note", "rejected" -> Optional.of(NOTED);
            case "pending" -> Optional.of(PENDING);
            default -> Optional.empty();
        };
    }
}
