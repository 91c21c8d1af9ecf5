package org.upright.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeats as the JSON API writes them: snake_case keys, scores from 0 to 1, responses by label. */
final class RepeatJson {
    private RepeatJson() {
    }

    static Map<String, Object> repeats(Repeats r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("earlier", lines(r.earlier()));
        m.put("later", lines(r.later()));
        m.put("rejected", lines(r.rejected()));
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("sentence", r.chain().sentence());
        chain.put("open", r.chain().open());
        chain.put("steps", r.chain().steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", s.id().value());
            step.put("session", s.session());
            step.put("cycle", s.cycle());
            step.put("year", s.year());
            step.put("response", s.response() == null ? null : s.response().label());
            return step;
        }).toList());
        m.put("chain", chain);
        return m;
    }

    private static List<Map<String, Object>> lines(List<Repeats.Line> lines) {
        return lines.stream().map(RepeatJson::line).toList();
    }

    private static Map<String, Object> line(Repeats.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id().value());
        m.put("session", l.session());
        m.put("cycle", l.cycle());
        m.put("year", l.year());
        scores(m, l.score(), l.textScore(), l.sharedLabels(), l.decision());
        m.put("response", l.response() == null ? null : l.response().label());
        m.put("text", l.text());
        return m;
    }

    static Map<String, Object> link(RepeatLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("earlier", l.earlier().value());
        m.put("later", l.later().value());
        scores(m, l.score(), l.textScore(), l.sharedLabels(), l.decision());
        m.put("decided_by", l.decidedBy());
        m.put("decided_at", l.decidedAt());
        return m;
    }

    private static void scores(Map<String, Object> m, double score, double textScore, int shared, RepeatLink.Decision decision) {
        m.put("score", score);
        m.put("text_score", textScore);
        m.put("shared_labels", shared);
        m.put("decision", decision == null ? null : decision.id());
    }
}
