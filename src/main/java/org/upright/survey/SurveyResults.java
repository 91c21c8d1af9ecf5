package org.upright.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a survey's answers add up to, question by question: how many answered it, how often each choice or scale
 * number was given (in the order the question offers them), the mean of a scale, and the free texts as written.
 *
 * @param answers how many people answered the survey
 */
public record SurveyResults(Survey survey, long answers, List<QuestionResult> questions) {
    /** @param answered how many of the survey's answers answer this question */
    public record QuestionResult(Question question, long answered, List<Count> counts, Double mean, List<String> texts) {
    }

    public record Count(String value, long count) {
    }

    static SurveyResults of(SurveyDetail detail, List<Response> responses) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : detail.questions()) results.add(result(q, responses));
        return new SurveyResults(detail.survey(), responses.size(), List.copyOf(results));
    }

    private static QuestionResult result(Question q, List<Response> responses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String offered : offered(q)) counts.put(offered, 0L);
        List<String> texts = new ArrayList<>();
        long answered = 0;
        long sum = 0;
        for (Response r : responses) {
            List<String> given = r.to(q);
            if (given.isEmpty()) continue;
            answered++;
            for (String v : given) {
                if (q.kind() == QuestionKind.TEXT) texts.add(v);
                else counts.computeIfPresent(v, (k, n) -> n + 1);
                if (q.kind() == QuestionKind.SCALE) sum += Integer.parseInt(v);
            }
        }
        Double mean = q.kind() == QuestionKind.SCALE && answered > 0 ? (double) sum / answered : null;
        List<Count> list = counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        return new QuestionResult(q, answered, list, mean, List.copyOf(texts));
    }

    private static List<String> offered(Question q) {
        return switch (q.kind()) {
            case SINGLE, MULTIPLE -> q.choices();
            case SCALE -> q.scale().stream().map(String::valueOf).toList();
            case TEXT -> List.of();
        };
    }
}
