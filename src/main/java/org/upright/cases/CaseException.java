package org.upright.cases;

import java.util.List;
import org.upright.common.UserMistake;

/** What a person typed cannot make a case (or an entry of one); every problem names the field and what to do. */
public final class CaseException extends UserMistake {
    private final List<String> problems;

    public CaseException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
