package org.upright.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.state.StateLookup;

/** A document and its draft items as the JSON API writes them. */
final class DocumentJson {
    private DocumentJson() {
    }

    static Map<String, Object> document(Document d, StateLookup states) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id().value());
        m.put("title", d.title());
        m.put("publisher", d.publisher());
        m.put("published", d.publishedOn());
        m.put("language", d.language());
        m.put("media_type", d.mediaType());
        m.put("file_name", d.fileName());
        m.put("sha256", d.sha256());
        m.put("state", d.state() == null ? null : Map.of("code", d.state().value(), "name", states.ref(d.state()).name()));
        m.put("review_date", d.reviewDate());
        m.put("previous_review", d.previousReview());
        m.put("visibility", d.visibility().id());
        m.put("created_at", d.createdAt());
        m.put("url", "/documents/" + d.id());
        return m;
    }

    static Map<String, Object> item(DraftItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", i.kind());
        m.put("label", i.label());
        m.put("status", i.status());
        m.put("result", i.result());
        m.put("span", List.of(i.start(), i.end()));
        m.put("confidence", i.confidence());
        m.put("data", DraftItems.read(i.data()));
        return m;
    }

    /** The document with its text, notices and every draft item. */
    static Map<String, Object> detail(Document d, List<DraftItem> items, StateLookup states) {
        Map<String, Object> m = document(d, states);
        m.put("notices", d.notices());
        m.put("text", d.text());
        m.put("items", items.stream().map(DocumentJson::item).toList());
        return m;
    }
}
