package org.upright.subscription;

import java.util.Optional;
import java.util.function.Function;

/** The checks of follows that need nothing but the text: an issue or theme name, a case number, a saved search. */
public final class Follows {
    public static final int MAX_LABEL = 200;
    public static final int MAX_SEARCH = 500;

    private Follows() {
    }

    public static FollowCheck.Result label(FollowKind kind, String value) {
        String v = value.strip();
        if (v.length() > MAX_LABEL || v.chars().anyMatch(Character::isISOControl)) {
            return FollowCheck.Result.refused("Follow: " + kind.described() + " is named in one line of at most " + MAX_LABEL
                    + " characters, such as \"Torture and other CID\".");
        }
        return FollowCheck.Result.ok(new Follow(kind, v));
    }

    /** A case's number from "12", "/cases/12" or a whole address. */
    public static Optional<Long> caseNumber(String value) {
        String v = value.strip().replaceFirst("^.*/cases/", "");
        return v.matches("\\d{1,18}") ? Optional.of(Long.parseLong(v)).filter(n -> n > 0) : Optional.empty();
    }

    /** A saved search is kept when the search engine can run it; {@code problem} is the engine's message when it cannot. */
    public static FollowCheck.Result search(String value, Function<String, Optional<String>> problem) {
        String q = value.strip();
        if (q.length() > MAX_SEARCH) return FollowCheck.Result.refused("Follow: a saved search is at most " + MAX_SEARCH + " characters.");
        return problem.apply(q).map(p -> FollowCheck.Result.refused("Follow: the search \"" + shortened(q) + "\" cannot run: " + p))
                .orElseGet(() -> FollowCheck.Result.ok(new Follow(FollowKind.SEARCH, q)));
    }

    /** A typed value as a message repeats it: one line, at most 60 characters. */
    public static String shortened(String value) {
        String one = value.replaceAll("\\p{Cntrl}", " ").strip();
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
