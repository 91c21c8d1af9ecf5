package org.upright.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The draft as JSON (`upright ingest-document FILE --json`, `GET /api/v1/documents/{id}/draft`): every item with
 * its span ([start, end) in the clean text), confidence and, for asks and incidents, the linked recommendations.
 */
public final class DraftJson {
    private DraftJson() {
    }

    /**
     * @param stateName the name of the state under review (null when none)
     * @param links     the recommendations linked to an ask or incident, by its span
     */
    public static Map<String, Object> of(Map<String, Object> document, Extraction x, String stateName,
                                         Function<Span, List<Link>> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", document);
        m.put("state", x.stateUnderReview() == null ? null : Map.of("code", x.stateUnderReview().value(), "name", stateName));
        m.put("states", x.states().stream().map(s -> Map.of("code", s.code().value(), "name", s.name(), "mentions", s.count())).toList());
        m.put("review_date", x.reviewDate() == null ? null : x.reviewDate().date().iso());
        m.put("previous_review", x.previousReview() == null ? null : x.previousReview().date().iso());
        m.put("dates", x.dates().stream().map(DraftJson::date).toList());
        m.put("persons", x.persons().stream().map(DraftJson::person).toList());
        m.put("organisations", x.organisations().stream().map(DraftJson::organisation).toList());
        m.put("legal_provisions", x.provisions().stream().map(DraftJson::provision).toList());
        m.put("incidents", x.incidents().stream().map(i -> incident(i, links.apply(i.span()))).toList());
        m.put("asks", x.asks().stream().map(a -> ask(a, links.apply(a.span()))).toList());
        m.put("notices", x.notices());
        return m;
    }

    public static Map<String, Object> date(DateMention d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date().iso());
        if (d.until() != null) m.put("until", d.until().iso());
        m.put("precision", d.date().precision().id());
        m.put("what", d.what());
        m.put("anchored", d.anchored());
        put(m, d.span(), d.confidence());
        return m;
    }

    public static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("role", p.role().id());
        List<Map<String, Object>> events = new ArrayList<>();
        for (PersonEvent e : p.events()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("kind", e.kind());
            ev.put("text", e.text());
            ev.put("date", e.date() == null ? null : e.date().iso());
            ev.put("span", List.of(e.span().start(), e.span().end()));
            events.add(ev);
        }
        m.put("events", events);
        m.put("mentions", p.mentions().size());
        put(m, p.span(), p.confidence());
        return m;
    }

    public static Map<String, Object> organisation(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("acronym", o.acronym());
        m.put("banned", o.banned());
        m.put("banned_on", o.bannedOn() == null ? null : o.bannedOn().iso());
        put(m, o.span(), o.confidence());
        return m;
    }

    public static Map<String, Object> provision(Provision p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", p.law());
        m.put("article", p.article());
        m.put("year", p.year());
        m.put("kind", p.kind().id());
        put(m, p.span(), p.confidence());
        return m;
    }

    public static Map<String, Object> incident(Incident i, List<Link> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind());
        m.put("date", i.date().iso());
        m.put("until", i.until() == null ? null : i.until().iso());
        m.put("precision", i.date().precision().id());
        m.put("place", i.place());
        m.put("what", i.what());
        m.put("count_text", i.countText());
        m.put("count_min", i.countMin());
        m.put("count_max", i.countMax());
        m.put("recommendations", links(links));
        put(m, i.span(), i.confidence());
        return m;
    }

    public static Map<String, Object> ask(Ask a, List<Link> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("form", a.form());
        m.put("recommendations", links(links));
        put(m, a.span(), a.confidence());
        return m;
    }

    private static List<Map<String, Object>> links(List<Link> links) {
        return links.stream().map(l -> Map.<String, Object>of("id", l.recommendation(), "score", Math.round(l.score() * 100) / 100.0)).toList();
    }

    private static void put(Map<String, Object> m, Span span, double confidence) {
        m.put("span", List.of(span.start(), span.end()));
        m.put("confidence", confidence);
    }
}
