package org.upright.web;

import java.util.List;
import java.util.Map;

/**
 * A form sent back to the person who filled it: what they typed, and each problem beside the field it is about.
 * A problem names its field by the field's label ("Date: write it as YYYY-MM-DD …" is about "Date"), as services
 * word them; one that names no field of the form is shown above it.
 *
 * @param form   which form on the page was sent (a page may hold several), or "" for none
 * @param typed  field name → what was typed
 */
public record FieldProblems(String form, Map<String, String> typed, List<String> problems) {
    public FieldProblems {
        typed = Map.copyOf(typed);
        problems = List.copyOf(problems);
    }

    public static FieldProblems none() {
        return new FieldProblems("", Map.of(), List.of());
    }

    /** The problems of one form, with what was typed in it; null values count as nothing typed. */
    public static FieldProblems of(String form, Map<String, String> typed, List<String> problems) {
        Map<String, String> kept = new java.util.HashMap<>();
        typed.forEach((k, v) -> kept.put(k, v == null ? "" : v));
        return new FieldProblems(form, kept, problems);
    }

    /** Whether these problems belong to that form of the page. */
    public boolean on(String formName) {
        return form.equals(formName) && !problems.isEmpty();
    }

    /** What was typed in the field when this form came back, or "" when it did not. */
    public String value(String formName, String field) {
        return form.equals(formName) ? typed.getOrDefault(field, "") : "";
    }

    /** The problem about the field with this label, its label left off; null when there is none. */
    public String about(String formName, String label) {
        if (!form.equals(formName)) return null;
        return problems.stream().filter(p -> p.startsWith(label + ": ")).map(p -> p.substring(label.length() + 2))
                .findFirst().orElse(null);
    }

    /** The problems of that form about none of these labels: shown above the form. */
    public List<String> general(String formName, String... labels) {
        if (!form.equals(formName)) return List.of();
        return problems.stream().filter(p -> java.util.Arrays.stream(labels).noneMatch(l -> p.startsWith(l + ": "))).toList();
    }
}
