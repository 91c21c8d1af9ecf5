package org.upright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.upright.evidence.Extraction;

/**
 * Precision and recall of an extraction against a person's labels, item kind by item kind. A found item matches
 * at most one labelled item: persons and organisations when one name holds the other, provisions by law (one
 * holding the other) and article, incidents and dates by ISO date, asks when every word of the label is in the
 * ask, the state by code (only where the label names one).
 */
public final class EvidenceScore {
    public static final List<String> KINDS = List.of("state", "persons", "organisations", "provisions", "incidents", "asks", "dates");

    /** True positives, found, labelled — per kind, added up over texts. */
    public record Counts(int matched, int found, int labelled) {
        Counts plus(Counts o) {
            return new Counts(matched + o.matched, found + o.found, labelled + o.labelled);
        }

        public double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        public double recall() {
            return labelled == 0 ? 1 : (double) matched / labelled;
        }
    }

    private final Map<String, Counts> totals = new LinkedHashMap<>();

    public EvidenceScore() {
        for (String k : KINDS) totals.put(k, new Counts(0, 0, 0));
    }

    public Map<String, Counts> totals() {
        return totals;
    }

    /** Scores one text; returns its counts by kind. */
    public Map<String, Counts> add(Extraction x, JsonNode label) {
        Map<String, Counts> one = new LinkedHashMap<>();
        if (!label.path("state").isNull()) {
            String code = label.path("state").asText();
            boolean right = x.stateUnderReview() != null && x.stateUnderReview().value().equals(code);
            one.put("state", new Counts(right ? 1 : 0, x.stateUnderReview() == null ? 0 : 1, 1));
        } else {
            one.put("state", new Counts(0, 0, 0));
        }
        one.put("persons", match(x.persons().stream().map(p -> p.name()).toList(), strings(label, "persons"), EvidenceScore::holds));
        one.put("organisations", match(x.organisations().stream().map(o -> o.name()).toList(), strings(label, "organisations"), EvidenceScore::holds));
        one.put("provisions", match(x.provisions().stream().map(p -> p.law() + "|" + (p.article() == null ? "" : p.article())).toList(),
                strings(label, "provisions"), (found, want) -> {
                    String[] f = found.split("\\|", -1);
                    String[] w = want.split("\\|", -1);
                    return holds(f[0], w[0]) && f[1].equals(w[1]);
                }));
        one.put("incidents", match(x.incidents().stream().map(i -> i.date().iso()).toList(), strings(label, "incidents"), String::equals));
        one.put("asks", match(x.asks().stream().map(a -> a.text()).toList(), strings(label, "asks"), EvidenceScore::allWords));
        one.put("dates", match(x.dates().stream().map(d -> d.date().iso()).toList(), strings(label, "dates"), String::equals));
        one.forEach((k, c) -> totals.merge(k, c, Counts::plus));
        return one;
    }

    private static Counts match(List<String> found, List<String> labelled, BiPredicate<String, String> same) {
        List<String> open = new ArrayList<>(labelled);
        int matched = 0;
        for (String f : found) {
            for (int i = 0; i < open.size(); i++) {
                if (same.test(f, open.get(i))) {
                    open.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return new Counts(matched, found.size(), labelled.size());
    }

    private static List<String> strings(JsonNode label, String field) {
        List<String> out = new ArrayList<>();
        label.path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static boolean holds(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static boolean allWords(String found, String label) {
        String f = " " + found.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !f.contains(" " + w + " ")) return false;
        }
        return true;
    }
}
