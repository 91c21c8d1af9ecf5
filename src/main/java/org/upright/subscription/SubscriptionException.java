package org.upright.subscription;

import java.util.List;
import java.util.Map;
import org.upright.common.UserMistake;

/** A sign-up or a change of preferences that cannot be done as asked; each problem is kept by the field it belongs to. */
public final class SubscriptionException extends UserMistake {
    private final Map<String, String> problems;

    public SubscriptionException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public static SubscriptionException of(String field, String problem) {
        return new SubscriptionException(Map.of(field, problem));
    }

    /** Field name → what was wrong and what to do. */
    public Map<String, String> problems() {
        return problems;
    }

    public List<String> messages() {
        return List.copyOf(problems.values());
    }
}
