package org.upright.survey;

import java.util.List;
import java.util.Map;

/**
 * One person's answer to a survey: personal data, shown to editors only.
 *
 * @param answers question id → the values given (several for a multiple choice); questions left blank are absent
 */
public record Response(long id, String submittedAt, boolean invited, Map<Long, List<String>> answers) {
    public List<String> to(Question q) {
        return answers.getOrDefault(q.id(), List.of());
    }
}
