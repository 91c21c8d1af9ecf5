package org.upright.search;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** GET /api/v1/search?kind=documents: one page of the documents the caller may see, with the passages that matched. */
public record DocumentSearchJson(String kind, long total, int page, int size, String query, List<String> notices,
                                 List<DocumentJson> items) {
    /** {@code passages}: HTML-escaped text around the matches, each in {@code <mark>…</mark>}. */
    public record DocumentJson(long id, String title, String publisher, String publishedOn, StateRef state, String visibility,
                               String url, String passages, float score) {
    }

    static DocumentSearchJson of(DocumentSearch.Result result, StateLookup states) {
        List<DocumentJson> items = result.hits().stream().map(h -> new DocumentJson(h.id(), h.title(), h.publisher(),
                h.publishedOn() == null || h.publishedOn().isBlank() ? null : h.publishedOn(),
                h.state() == null ? null : states.ref(new StateCode(h.state())), h.visibility().id(), "/documents/" + h.id(),
                h.passages(), h.score())).toList();
        return new DocumentSearchJson("documents", result.total(), result.page(), result.size(), result.query(), result.notices(), items);
    }
}
