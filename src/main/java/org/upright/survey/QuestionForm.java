package org.upright.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
        if (k == null) problems.put("kind", "Kind: single, multiple, scale or text, not \"" + Text.line(kind) + "\".");
        String p = Text.line(prompt);
        if (p.isEmpty()) problems.put("prompt", "Question: write what you ask.");
        else if (p.length() > MAX_PROMPT) problems.put("prompt", "Question: at most " + MAX_PROMPT + " characters, not " + p.length() + ".");
        List<String> list = k != null && k.hasChoices() ? choices(problems) : List.of();
        int min = 0;
        int max = 0;
        String low = "";
        String high = "";
        if (k == QuestionKind.SCALE) {
            min = number(scaleMin, 1);
            max = number(scaleMax, 5);
            if (min == Integer.MIN_VALUE || max == Integer.MIN_VALUE || min < 0 || min > 1 || max <= min || max > MAX_SCALE) {
                problems.put("scale", "Scale: from 0 or 1 up to a number from 2 to " + MAX_SCALE + ", such as 1 to 5; not \""
                        + Text.line(scaleMin) + "\" to \"" + Text.line(scaleMax) + "\".");
            }
            low = Text.line(minLabel);
            high = Text.line(maxLabel);
            if (low.length() > MAX_LABEL || high.length() > MAX_LABEL) {
                problems.put("scale", "Scale: each end label at most " + MAX_LABEL + " characters.");
            }
        }
        if (!problems.isEmpty()) throw new SurveyProblems(problems);
        return new Checked(k, p, Text.yes(required), list, min, max, low, high);
    }

    private List<String> choices(Map<String, String> problems) {
        List<String> list = new ArrayList<>();
        for (String line : Text.block(choices).split("\n")) if (!Text.line(line).isEmpty()) list.add(Text.line(line));
        if (list.size() < 2) problems.put("choices", "Choices: write at least two, one per line.");
        else if (list.size() > MAX_CHOICES) problems.put("choices", "Choices: at most " + MAX_CHOICES + ", not " + list.size() + ".");
        else if (list.stream().anyMatch(c -> c.length() > MAX_CHOICE)) problems.put("choices", "Choices: each at most " + MAX_CHOICE + " characters.");
        else if (new LinkedHashSet<>(list).size() < list.size()) problems.put("choices", "Choices: each only once; a repeated choice could not be told apart in the results.");
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
