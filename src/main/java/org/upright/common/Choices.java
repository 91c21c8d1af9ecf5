package org.upright.common;

import java.util.List;

/** Choices as messages name them. */
public final class Choices {
    private Choices() {
    }

    /** "a, b or c" (or just "a"). */
    public static String of(List<String> choices) {
        if (choices.size() < 2) return String.join("", choices);
        return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.getLast();
    }
}
