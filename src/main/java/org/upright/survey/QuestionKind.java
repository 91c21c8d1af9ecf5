package org.upright.survey;

import java.util.Locale;
import java.util.Optional;

/** What a question asks for, and so how it is answered. */
public enum QuestionKind {
    SINGLE("One choice from a list"),
    MULTIPLE("Any number of choices from a list"),
    SCALE("A number on a scale"),
    TEXT("Free text");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTIPLE;
    }

    public static Optional<QuestionKind> parse(String id) {
        if (id == null) return Optional.empty();
        for (QuestionKind k : values()) if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }
}
