package org.upright.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.common.UserMistake;

/** What was typed cannot be saved or sent: each problem under the field it is about. Nothing was stored or sent. */
public final class NewsletterProblems extends UserMistake {
    private final Map<String, String> problems;

    public NewsletterProblems(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static NewsletterProblems of(String field, String message) {
        return new NewsletterProblems(Map.of(field, message));
    }

    /** Field name → what was wrong with it and what to do. */
    public Map<String, String> problems() {
        return problems;
    }
}
