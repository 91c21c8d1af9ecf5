package org.upright.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.upright.evidence.Ask;
import org.upright.evidence.DateMention;
import org.upright.evidence.DraftJson;
import org.upright.evidence.Extraction;
import org.upright.evidence.Link;
import org.upright.evidence.Organisation;
import org.upright.evidence.Person;
import org.upright.evidence.Provision;
import org.upright.evidence.Span;

/** Turns an extraction into the rows of a draft (one an item, its JSON as the draft API shows it) and back. */
final class DraftItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftItems() {
    }

    static List<DraftItem> of(Extraction x, Function<Span, List<Link>> links, Function<String, Long> caseNamed) {
        List<DraftItem> items = new ArrayList<>();
        for (DateMention d : x.dates()) {
            items.add(item(items.size(), "date", d.date().iso() + " — " + d.what(), DraftJson.date(d), d.span(), d.confidence()));
        }
        for (Person p : x.persons()) {
            Map<String, Object> data = DraftJson.person(p);
            data.put("case", caseNamed.apply(p.name()));
            items.add(item(items.size(), "person", p.name() + ", " + p.role().id(), data, p.span(), p.confidence()));
        }
        for (Organisation o : x.organisations()) {
            items.add(item(items.size(), "organisation", o.name() + (o.banned() ? " (banned)" : ""), DraftJson.organisation(o), o.span(),
                    o.confidence()));
        }
        for (Provision p : x.provisions()) {
            String label = p.law() + (p.article() == null ? "" : ", art. " + p.article()) + (p.year() == null ? "" : " (" + p.year() + ")");
            items.add(item(items.size(), "provision", label, DraftJson.provision(p), p.span(), p.confidence()));
        }
        for (var i : x.incidents()) {
            items.add(item(items.size(), "incident", i.date().iso() + " " + i.kind() + (i.place() == null ? "" : ", " + i.place()),
                    DraftJson.incident(i, links.apply(i.span())), i.span(), i.confidence()));
        }
        for (Ask a : x.asks()) items.add(item(items.size(), "ask", a.text(), DraftJson.ask(a, links.apply(a.span())), a.span(), a.confidence()));
        return items;
    }

    private static DraftItem item(int position, String kind, String label, Map<String, Object> data, Span span, double confidence) {
        String shown = label.length() > 300 ? label.substring(0, 299) + "…" : label;
        return new DraftItem(0, position, kind, shown, write(data), span.start(), span.end(), confidence, "proposed", null, null);
    }

    static String write(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> read(String data) {
        try {
            return new LinkedHashMap<>(JSON.readValue(data, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft item's data is not JSON: " + e.getMessage(), e);
        }
    }
}
