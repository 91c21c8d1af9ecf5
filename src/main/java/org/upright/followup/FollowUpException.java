package org.upright.followup;

import java.util.List;
import org.upright.common.UserMistake;

/** What was typed or imported cannot make an assessment or a due date; each problem names the field and what to do. */
public final class FollowUpException extends UserMistake {
    private final List<String> problems;

    public FollowUpException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public FollowUpException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
