package org.upright.search;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.export.ExportFormat;
import org.upright.export.ExportHeader;
import org.upright.export.ExportService;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;

/** What the search page and the search API share: reading the URL into a search, running it, streaming an export. */
final class SearchHttp {
    private static final Logger LOG = LoggerFactory.getLogger(SearchHttp.class);

    private final SearchService search;
    private final ExportService exports;
    private final StateLookup states;
    private final SearchParams params;

    SearchHttp(SearchService search, ExportService exports, StateLookup states) {
        this.search = search;
        this.exports = exports;
        this.states = states;
        this.params = new SearchParams(states);
    }

    SearchService search() {
        return search;
    }

    StateLookup states() {
        return states;
    }

    /** The parameter choosing an export's header row; see {@link #header}. */
    static final String HEADER = "header";

    /** The search the URL asks for; parameters named in {@code besides} belong to the route and are left out. */
    SearchRequest request(Context ctx, String... besides) {
        Map<String, List<String>> query = new LinkedHashMap<>(ctx.queryParamMap());
        for (String name : besides) query.remove(name);
        return read(query);
    }

    /**
     * The search a page's URL asks for. Shared links carry parameters added on the way (utm_source, fbclid …) that
     * say nothing about the search: a page leaves out every parameter it does not know, where the API names it.
     */
    SearchRequest pageRequest(Context ctx) {
        Map<String, List<String>> query = new LinkedHashMap<>(ctx.queryParamMap());
        query.keySet().removeIf(name -> !SearchParams.known(name));
        return read(query);
    }

    private SearchRequest read(Map<String, List<String>> query) {
        try {
            return params.read(query);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** Runs the search; what the service cannot run as asked (a page beyond the window …) is a 400 with its message. */
    SearchResult run(SearchRequest request) {
        try {
            return search.search(request);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /**
     * What the first row of a CSV or XLSX file says: {@code ?header=codes|labels}, else the given default (labels
     * for a page's download, codes for a CSV asked through the API, which scripts read).
     */
    static ExportHeader header(Context ctx, ExportHeader otherwise) {
        String id = ctx.queryParam(HEADER);
        if (id == null || id.isBlank()) return otherwise;
        return ExportHeader.byId(id).orElseThrow(() -> new BadRequest(
                Ui.text("search.problem.header", id.strip())));
    }

    /**
     * Streams every match as a file to download. The matches are counted first, so a search that cannot be run
     * answers 400 before the first byte of the file is written instead of leaving a broken download.
     */
    void export(Context ctx, SearchRequest request, ExportFormat format, ExportHeader header) {
        SearchRequest whole = SearchUrl.forExport(request);
        long total;
        try {
            total = search.count(whole);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
        ctx.status(200).contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName(request.query()) + "\"");
        ctx.header("X-Total-Count", Long.toString(total));
        try (OutputStream out = ctx.res().getOutputStream()) {
            exports.export(Auth.viewer(ctx), SearchUrl.of(ctx.path(), whole), whole, format, header, out);
        } catch (IOException e) {
            // the person cancelled the download or the connection dropped: nothing left to answer
            LOG.info("export of '{}' as {} stopped: {}", request.query(), format.id(), e.getMessage());
        }
    }
}
