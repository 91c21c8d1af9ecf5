package org.upright.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.state.StateRef;

/** Follow-up as the JSON API writes it: snake_case keys, statuses and source kinds by id. */
final class FollowUpJson {
    private FollowUpJson() {
    }

    /** The fields a person gives (as the audit log keeps them), with the id, who entered it and when. */
    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("recommendation", a.recommendation().value());
        m.putAll(FollowUpService.fields(a));
        m.put("entered_by", a.enteredBy());
        m.put("updated_at", a.updatedAt());
        return m;
    }

    static Map<String, Object> followUp(FollowUp f, List<Assessment> all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recommendation", f.recommendation().id().value());
        m.put("reviewed_on", f.reviewedOn().toString());
        m.put("open", f.summary().open());
        m.put("sources_disagree", f.summary().disagree());
        m.put("latest", f.summary().latest().stream().map(s -> Map.of("source_kind", s.source().kind().id(),
                "source_name", s.source().name(), "status", s.status().id(), "date", s.on().toString())).toList());
        m.put("items", all.stream().map(FollowUpJson::assessment).toList());
        m.put("due", f.due().stream().map(d -> Map.of("due_on", d.dueOn().toString(), "note", d.note(), "target", d.target())).toList());
        return m;
    }

    static Map<String, Object> scorecard(Scorecard card, StateRef state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", Map.of("code", state.code(), "name", state.name(), "url", state.url()));
        m.put("cycles", card.cycles().stream().map(FollowUpJson::line).toList());
        return m;
    }

    private static Map<String, Object> line(Scorecard.CycleLine c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", c.cycle());
        m.put("received", c.received());
        m.put("supported", c.supported());
        m.put("noted", c.noted());
        m.put("pending", c.pending());
        m.put("assessed", c.assessed());
        Map<String, Object> status = new LinkedHashMap<>();
        c.status().forEach((kind, counts) -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            counts.forEach((s, n) -> byStatus.put(s.id(), n));
            status.put(kind.id(), byStatus);
        });
        m.put("status", status);
        m.put("repeated", c.repeated());
        m.put("issues", c.issues().stream().map(i -> Map.of("issue", i.issue(), "noted", i.noted(), "not_implemented", i.notImplemented())).toList());
        return m;
    }
}
