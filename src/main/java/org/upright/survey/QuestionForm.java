package org.upright.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;

/**
 * What an editor typed to add a question: its kind, its prompt, whether it must be answered, the choices of a
 * choice question (one per line) and the range and end labels of a scale.
 */
public record QuestionForm(String kind, String prompt, String required, String choices, String scaleMin, String scaleMax,
                           String minLabel, String maxLabel) {
    static final int MAX_PROMPT = 500;
    static final int MAX_CHOICES = 30;
    static final int MAX_CHOICE = 200;
    static final int MAX_LABEL = 100;
    /** A scale starts at 0 or 1 and offers at most eleven numbers (0–10). */
    static final int MAX_SCALE = 10;

    record Checked(QuestionKind kind, String prompt, boolean required, List<String> choices, int scaleMin, int scaleMax,
                   String minLabel, String maxLabel) {
    }

    public static QuestionForm blank() {
        return new QuestionForm("single", "", "on", "", "1", "5", "", "");
    }

    Checked check() {
        Map<String, String> problems = new LinkedHashMap<>();
        QuestionKind k = QuestionKind.parse(kind).orElse(null);
        if (k == null) problems.put("kind", Ui.text("survey.problem.kind", Text.line(kind)));
        String p = Text.line(prompt);
        if (p.isEmpty()) problems.put("prompt", Ui.text("survey.problem.prompt_empty"));
        else if (p.length() > MAX_PROMPT) problems.put("prompt", Ui.text("survey.problem.prompt_long", MAX_PROMPT, p.length()));
        List<String> list = k != null && k.hasChoices() ? choices(problems) : List.of();
        int min = 0;
        int max = 0;
        String low = "";
        String high = "";
        if (k == QuestionKind.SCALE) {
            min = number(scaleMin, 1);
            max = number(scaleMax, 5);
            if (min == Integer.MIN_VALUE || max == Integer.MIN_VALUE || min < 0 || min > 1 || max <= min || max > MAX_SCALE) {
                problems.put("scale", Ui.text("survey.problem.scale", MAX_SCALE, Text.line(scaleMin), Text.line(scaleMax)));
            }
            low = Text.line(minLabel);
            high = Text.line(maxLabel);
            if (low.length() > MAX_LABEL || high.length() > MAX_LABEL) {
                problems.put("scale", Ui.text("survey.problem.scale_labels", MAX_LABEL));
            }
        }
        if (!problems.isEmpty()) throw new SurveyProblems(problems);
        return new Checked(k, p, Text.yes(required), list, min, max, low, high);
    }

    private List<String> choices(Map<String, String> problems) {
        List<String> list = new ArrayList<>();
        for (String line : Text.block(choices).split("\n")) if (!Text.line(line).isEmpty()) list.add(Text.line(line));
        if (list.size() < 2) problems.put("choices", Ui.text("survey.problem.choices_few"));
        else if (list.size() > MAX_CHOICES) problems.put("choices", Ui.text("survey.problem.choices_many", MAX_CHOICES, list.size()));
        else if (list.stream().anyMatch(c -> c.length() > MAX_CHOICE)) problems.put("choices", Ui.text("survey.problem.choice_long", MAX_CHOICE));
        else if (new LinkedHashSet<>(list).size() < list.size()) problems.put("choices", Ui.text("survey.problem.choices_repeated"));
        return list;
    }

    /** The whole number typed, the default when nothing was, MIN_VALUE when it is not a number. */
    private static int number(String typed, int otherwise) {
        String t = Text.line(typed);
        if (t.isEmpty()) return otherwise;
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
