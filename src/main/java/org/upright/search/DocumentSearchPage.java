package org.upright.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.upright.common.Page;
import org.upright.common.StateCode;
import org.upright.state.StateLookup;
import org.upright.web.Pager;

/** The documents tab of the search page: what was asked, the documents found with their passages, the pages. */
public record DocumentSearchPage(String query, String recommendationsHref, List<Row> rows, long total, Pager pager,
                                 List<String> notices, String problem) {
    /** One document found; {@code passages} is escaped HTML with the matches marked. */
    public record Row(String href, String title, String publisher, String publishedOn, String state, boolean isPrivate,
                      String passages) {
    }

    static DocumentSearchPage of(String query, DocumentSearch.Result result, StateLookup states) {
        List<Row> rows = result.hits().stream().map(h -> new Row("/documents/" + h.id(), h.title().isBlank() ? org.upright.i18n.Ui.text("document.untitled", String.valueOf(h.id())) : h.title(),
                h.publisher(), h.publishedOn(), h.state() == null ? "" : org.upright.i18n.Ui.state(states.ref(new StateCode(h.state()))),
                h.visibility() == org.upright.common.Visibility.PRIVATE, h.passages())).toList();
        Page<Row> page = new Page<>(rows, result.total(), result.page(), result.size());
        return new DocumentSearchPage(query, href(query, false, 1), rows, result.total(),
                Pager.of(page, n -> href(query, true, n)), result.notices(), null);
    }

    static DocumentSearchPage failed(String query, String problem) {
        return new DocumentSearchPage(query, href(query, false, 1), List.of(), 0,
                new Pager(1, 1, 0, 0, 0, null, null), List.of(), problem);
    }

    /** The search page's address for this query, on the documents tab or the recommendations one. */
    static String href(String query, boolean documents, int page) {
        StringBuilder url = new StringBuilder("/search?");
        if (query != null && !query.isBlank()) url.append("q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8)).append('&');
        if (documents) url.append("kind=documents&");
        if (page > 1) url.append("page=").append(page).append('&');
        return url.substring(0, url.length() - 1);
    }
}
