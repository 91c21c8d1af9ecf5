package org.upright.survey;

import java.util.Locale;
import java.util.Optional;
import org.upright.i18n.Ui;

/** What a question asks for, and so how it is answered. */
public enum QuestionKind {
    SINGLE, MULTIPLE, SCALE, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the kind means, in the reader's language. */
    public String label() {
        return Ui.text("survey.kind." + id());
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
