package org.upright.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.upright.common.Viewer;
import org.upright.export.ExportFormat;
import org.upright.export.ExportHeader;
import org.upright.export.ExportService;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.Htmx;
import org.upright.web.Params;
import org.upright.web.Templates;

/** The search page, its autocomplete, its help and the exports of a result set. */
public final class SearchRoutes {
    /** The id of the search form: when htmx names it in HX-Trigger, a facet was ticked or the form sent. */
    static final String FORM = "search-form";
    /** Autocomplete suggestions shown under the query box. */
    private static final int SUGGESTIONS = 8;

    /** Cases (kept in the database, not in this index) that the viewer may see and that hold the query's words. */
    public interface CaseFinder {
        List<SearchPage.Link> find(Viewer viewer, String query);
    }

    private final SearchHttp http;
    private final QueryCompletion completion;
    private final CaseFinder cases;
    private final DocumentSearchHttp documents;

    private SearchRoutes(SearchHttp http, CaseFinder cases, DocumentSearchHttp documents) {
        this.http = http;
        this.completion = new QueryCompletion(http.search());
        this.cases = cases;
        this.documents = documents;
    }

    public static void register(RoutesConfig routes, SearchService search, DocumentSearch documents, ExportService exports,
                                StateLookup states, CaseFinder cases) {
        SearchRoutes r = new SearchRoutes(new SearchHttp(search, exports, states), cases, new DocumentSearchHttp(documents, states));
        routes.get("/search", r::page);
        routes.get("/search/help", r::help);
        routes.get("/search/suggest", r::suggest);
        for (ExportFormat format : ExportFormat.values()) {
            routes.get("/search/export." + format.id(), ctx -> r.http.export(ctx, r.http.pageRequest(ctx), format, SearchHttp.header(ctx, ExportHeader.LABELS)));
        }
    }

    private void page(Context ctx) {
        if (DocumentSearchHttp.wantsDocuments(ctx)) {
            documents(ctx);
            return;
        }
        SearchRequest request = http.pageRequest(ctx);
        SearchResult result = http.run(request);
        boolean fragment = Htmx.wantsFragment(ctx);
        // paging moves the focus to the results; ticking a facet keeps it on the checkbox
        boolean focusResults = fragment && !FORM.equals(ctx.header("HX-Trigger"));
        SearchPage page = SearchPage.of(request, result, http.states(), focusResults)
                .withCases(request.query().isBlank() ? List.of() : cases.find(Auth.viewer(ctx), request.query()));
        if (fragment) {
            // the address bar shows the search in its short form, not every field of the form sent
            ctx.header("HX-Push-Url", SearchUrl.of("/search", request));
            Templates.html(ctx, "search/form.jte", page);
        } else {
            Templates.html(ctx, "search/page.jte", page);
        }
    }

    /** The documents tab: a problem with the URL (an unknown state, a page beyond the end) shows under the box. */
    private void documents(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        DocumentSearchPage page;
        try {
            page = DocumentSearchPage.of(q, documents.run(ctx), documents.states());
        } catch (BadRequest e) {
            ctx.status(400);
            page = DocumentSearchPage.failed(q, e.getMessage());
        }
        Templates.html(ctx, Htmx.wantsFragment(ctx) ? "search/document-results.jte" : "search/documents.jte", page);
    }

    private void help(Context ctx) {
        Templates.html(ctx, "search/help.jte", SearchHelp.INSTANCE);
    }

    private void suggest(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        Templates.html(ctx, "search/suggestions.jte", completion.complete(q, SUGGESTIONS));
    }
}
