package org.upright.recommendation;

import java.util.Optional;

/** UPR Info's action category: how specific a recommendation is, from 1 (least) to 5 (a specific action). */
public enum ActionCategory {
    ONE(1, "addressed to other states, or asks for technical assistance or to share information"),
    TWO(2, "emphasises continuity"),
    THREE(3, "asks the state to consider change"),
    FOUR(4, "general action"),
    FIVE(5, "specific action");

    private final int number;
    private final String meaning;

    ActionCategory(int number, String meaning) {
        this.number = number;
        this.meaning = meaning;
    }

    public int number() {
        return number;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<ActionCategory> of(Integer number) {
        if (number == null || number < 1 || number > 5) return Optional.empty();
        return Optional.of(values()[number - 1]);
    }
}
