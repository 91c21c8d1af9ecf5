package org.upright.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a subscriber can follow; the id is what the API and forms use. */
public enum FollowKind {
    STATE("a state"), ISSUE("an issue"), THEME("a theme"), CASE("a case"), SEARCH("a saved search");

    private final String described;

    FollowKind(String described) {
        this.described = described;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String described() {
        return described;
    }

    public static Optional<FollowKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
