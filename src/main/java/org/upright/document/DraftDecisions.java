package org.upright.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.cases.CaseForm;
import org.upright.cases.CaseId;
import org.upright.cases.CaseService;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.evidence.Link;
import org.upright.i18n.Ui;
import org.upright.incident.Incident;
import org.upright.incident.IncidentService;
import org.upright.store.Database;

/**
 * An editor's decision on one draft item, applied all or nothing: an accepted person becomes a case (or new
 * steps of the case of the same name) with a timeline step for each dated event; an accepted incident an
 * incident record; an accepted ask an ask linked to its recommendations. Dates, organisations and provisions
 * are kept as accepted in the draft. A correction changes the named fields first. The item keeps its span.
 */
public final class DraftDecisions {
    private static final Map<String, Set<String>> CORRECTABLE = Map.of(
            "person", Set.of("name", "role"),
            "incident", Set.of("kind", "what", "place", "date", "until", "count_text", "count_min", "count_max", "recommendations"),
            "ask", Set.of("text", "recommendations"),
            "date", Set.of("date", "what"),
            "organisation", Set.of("name", "acronym"),
            "provision", Set.of("law", "article", "year", "kind"));

    private final Database db;
    private final DocumentService documents;
    private final DocumentStore store;
    private final CaseService cases;
    private final IncidentService incidents;
    private final ChangeEvents events;
    private final java.util.function.LongPredicate recommendationExists;

    public DraftDecisions(Database db, DocumentService documents, DocumentStore store, CaseService cases, IncidentService incidents,
                          java.util.function.LongPredicate recommendationExists, ChangeEvents events) {
        this.recommendationExists = recommendationExists;
        this.db = db;
        this.documents = documents;
        this.store = store;
        this.cases = cases;
        this.incidents = incidents;
        this.events = events;
    }

    /** Applies the decision and returns the item as it now is. */
    public DraftItem decide(Viewer viewer, DocumentId id, long itemId, Decision decision) {
        DocumentService.mayEdit(viewer);
        Document doc = documents.find(viewer, id).orElseThrow(() -> new DocumentException(Ui.text("document.problem.no_document", String.valueOf(id))));
        DraftItem item = store.item(id, itemId).orElseThrow(() -> new DocumentException(Ui.text("document.problem.no_item", String.valueOf(id), String.valueOf(itemId))));
        if (item.decided()) {
            String status = Ui.text("document.status." + item.status());
            throw new DocumentException(item.result() == null ? Ui.text("document.problem.decided", String.valueOf(itemId), status)
                    : Ui.text("document.problem.decided_as", String.valueOf(itemId), status, item.result()));
        }
        Map<String, Object> data = DraftItems.read(item.data());
        if (decision.verdict() == Decision.Verdict.REJECT) {
            db.transaction(() -> store.decide(itemId, "rejected", item.data(), item.label(), null, DocumentService.now()));
            audit(viewer, "document.item.reject", id, item, null);
            return store.item(id, itemId).orElseThrow();
        }
        String label = item.label();
        if (decision.verdict() == Decision.Verdict.CORRECT) label = correct(item.kind(), data, decision.corrections(), label);
        String status = decision.verdict() == Decision.Verdict.CORRECT ? "corrected" : "accepted";
        String shown = label;
        String result = db.transaction(() -> {
            String made = switch (item.kind()) {
                case "person" -> person(viewer, doc, data);
                case "incident" -> incident(viewer, doc, data);
                case "ask" -> "ask/" + store.createAsk(doc.id(), doc.state(), (String) data.get("text"), doc.visibility(), links(data),
                        DocumentService.now());
                default -> null;
            };
            store.decide(itemId, status, DraftItems.write(data), shown, made, DocumentService.now());
            return made;
        });
        audit(viewer, "document.item." + (status.equals("corrected") ? "correct" : "accept"), id, item, result);
        return store.item(id, itemId).orElseThrow();
    }

    private String person(Viewer viewer, Document doc, Map<String, Object> data) {
        if (doc.state() == null) throw new DocumentException(Ui.text("document.problem.person_state"));
        String name = (String) data.get("name");
        Object existing = data.get("case");
        CaseId id;
        if (existing instanceof Number n) {
            id = new CaseId(n.longValue());
        } else {
            String summary = "Named in \"" + doc.title() + "\" (document " + doc.id() + ") as " + data.get("role") + ".";
            id = cases.create(viewer, new CaseForm(name, doc.state().value(), "open", summary, doc.visibility().id()));
            data.put("case", id.value());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) data.getOrDefault("events", List.of());
        for (Map<String, Object> e : steps) {
            if (e.get("date") == null) continue;
            cases.addEvent(viewer, id, firstDay((String) e.get("date")), e.get("text") + ", " + spoken((String) e.get("date"))
                    + " (document " + doc.id() + ")");
        }
        cases.addSource(viewer, id, doc.title().isEmpty() ? doc.fileName() : doc.title(), "/documents/" + doc.id(), doc.visibility().id());
        return "case/" + id;
    }

    private String incident(Viewer viewer, Document doc, Map<String, Object> data) {
        String date = (String) data.get("date");
        String until = (String) data.get("until");
        Incident i = new Incident(null, doc.id().value(), doc.state(), (String) data.get("kind"), (String) data.get("what"),
                (String) data.get("place"), date, until, precision(date), (String) data.get("count_text"), integer(data.get("count_min")),
                integer(data.get("count_max")), doc.visibility(), DocumentService.now());
        return "incident/" + incidents.create(viewer, i, links(data));
    }

    /** Applies the corrections an editor typed, each field checked; the label follows. */
    private String correct(String kind, Map<String, Object> data, Map<String, String> corrections, String label) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> allowed = CORRECTABLE.getOrDefault(kind, Set.of());
        if (corrections == null || corrections.isEmpty()) {
            problems.put("", Ui.text("document.problem.nothing", String.join(", ", allowed)));
        }
        for (var c : corrections == null ? Map.<String, String>of().entrySet() : corrections.entrySet()) {
            String field = c.getKey();
            String value = c.getValue() == null ? "" : c.getValue().strip();
            String problem = allowed.contains(field) ? correctField(field, value, data)
                    : Ui.text("document.problem.not_correctable", Ui.text("document.kind." + kind), String.join(", ", allowed));
            if (problem != null) problems.put(field, problem);
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder();
            problems.forEach((field, problem) -> message.append(message.isEmpty() ? "" : " ").append(field.isEmpty() ? "" : field + ": ").append(problem));
            throw new DocumentException(message.toString(), problems);
        }
        return switch (kind) {
            case "person" -> data.get("name") + ", " + data.get("role");
            case "ask" -> (String) data.get("text");
            case "incident" -> data.get("date") + " " + data.get("kind") + (data.get("place") == null ? "" : ", " + data.get("place"));
            case "date" -> data.get("date") + " — " + data.get("what");
            default -> label;
        };
    }

    /** Puts the corrected value in the item's data; answers what is wrong with it instead, or null. */
    private String correctField(String field, String value, Map<String, Object> data) {
        if (field.startsWith("count_m") || field.equals("year")) {
            if (value.isEmpty()) { data.put(field, null); return null; }
            if (!value.matches("\\d{1,9}")) return Ui.text("document.problem.whole_number", value);
            data.put(field, Integer.valueOf(value));
        } else if (field.equals("date") || field.equals("until")) {
            if (value.isEmpty() && field.equals("until")) { data.put(field, null); return null; }
            if (!partialDate(value)) return Ui.text("document.problem.partial_date", value);
            data.put(field, value);
            if (field.equals("date")) data.put("precision", precision(value));
        } else if (field.equals("recommendations")) {
            return relink(value, data);
        } else {
            if (value.isEmpty() && (field.equals("name") || field.equals("text") || field.equals("what") || field.equals("kind") || field.equals("law"))) {
                return Ui.text("document.problem.empty");
            }
            if (value.length() > 2000) return Ui.text("document.problem.too_long", 2000);
            data.put(field, value);
        }
        return null;
    }

    /**
     * Replaces the linked recommendations by the numbers typed (commas or spaces between them). A number the draft
     * linked keeps its score; one a person added has score 0, since no search found it.
     */
    @SuppressWarnings("unchecked")
    private String relink(String value, Map<String, Object> data) {
        Map<Long, Object> scores = new LinkedHashMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) data.getOrDefault("recommendations", List.of())) {
            scores.put(((Number) r.get("id")).longValue(), r.get("score"));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String token : value.split("[\\s,;]+")) {
            if (token.isEmpty()) continue;
            if (!token.matches("\\d{1,18}")) return Ui.text("document.problem.numbers", token);
            long id = Long.parseLong(token);
            if (!recommendationExists.test(id)) { unknown.add(token); continue; }
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("id", id);
            link.put("score", scores.getOrDefault(id, 0.0));
            if (links.stream().noneMatch(l -> l.get("id").equals(id))) links.add(link);
        }
        if (!unknown.isEmpty()) {
            return Ui.text("document.problem.unknown", String.join(", ", unknown));
        }
        data.put("recommendations", links);
        return null;
    }

    static boolean partialDate(String s) {
        try {
            if (s.matches("\\d{4}")) return true;
            if (s.matches("\\d{4}-\\d{2}")) return LocalDate.parse(s + "-01") != null;
            return s.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(s) != null;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String precision(String date) {
        return date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
    }

    private static String firstDay(String date) {
        return date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    }

    private static String spoken(String date) {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        if (date.length() == 4) return date;
        String month = months[Integer.parseInt(date.substring(5, 7)) - 1];
        return date.length() == 7 ? month + " " + date.substring(0, 4) : Integer.parseInt(date.substring(8)) + " " + month + " " + date.substring(0, 4);
    }

    private static Integer integer(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Link> links(Map<String, Object> data) {
        List<Link> links = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) data.getOrDefault("recommendations", List.of())) {
            links.add(new Link(((Number) r.get("id")).longValue(), ((Number) r.get("score")).doubleValue()));
        }
        return links;
    }

    private void audit(Viewer viewer, String action, DocumentId id, DraftItem item, String result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", item.id());
        details.put("kind", item.kind());
        details.put("label", item.label());
        if (result != null) details.put("result", result);
        events.publish(Audited.of(viewer, action, "document/" + id, details));
        events.publish(new DocumentsChanged(List.of(id)));
    }
}
