package org.upright.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.upright.export.ExportFormat;
import org.upright.export.ExportHeader;
import org.upright.export.ExportService;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;

/** /api/v1/search: hits with facets, autocomplete, exports of a result set, and recommendations like a given one. */
public final class SearchApiRoutes {
    /** How many suggestions or similar recommendations one request may ask for. */
    private static final int MAX_LIST = 50;
    private static final int DEFAULT_LIST = 10;

    /** One autocomplete suggestion: what to show, its kind, what it inserts, and the whole query it makes. */
    public record SuggestionJson(String label, String kind, String insert, String query) {
    }

    private final SearchHttp http;
    private final QueryCompletion completion;
    private final RecommendationService recommendations;
    private final DocumentSearchHttp documents;

    private SearchApiRoutes(SearchHttp http, RecommendationService recommendations, DocumentSearchHttp documents) {
        this.http = http;
        this.documents = documents;
        this.completion = new QueryCompletion(http.search());
        this.recommendations = recommendations;
    }

    /** The parameter that keeps only each facet's most frequent values: a smaller, faster answer. */
    static final String FACET_LIMIT = "facet_limit";
    static final int MAX_FACET_LIMIT = 1000;

    public static void register(RoutesConfig routes, SearchService search, DocumentSearch documents, ExportService exports,
                                RecommendationService recommendations, StateLookup states) {
        SearchApiRoutes r = new SearchApiRoutes(new SearchHttp(search, exports, states), recommendations,
                new DocumentSearchHttp(documents, states));
        routes.get("/api/v1/search", r::search);
        routes.get("/api/v1/search/suggest", r::suggest);
        routes.get("/api/v1/search/export", r::export);
        routes.get("/api/v1/recommendations/{id}/similar", r::similar);
    }

    private void search(Context ctx) {
        if (DocumentSearchHttp.wantsDocuments(ctx)) {
            ctx.json(DocumentSearchJson.of(documents.run(ctx), documents.states()));
            return;
        }
        SearchRequest request = http.request(ctx, FACET_LIMIT);
        Optional<Integer> limit = Params.integer(ctx, FACET_LIMIT);
        if (limit.isPresent() && (limit.get() < 1 || limit.get() > MAX_FACET_LIMIT)) {
            throw new BadRequest(FACET_LIMIT + " must be between 1 and " + MAX_FACET_LIMIT + ", not " + limit.get()
                    + "; leave it out for every value of every facet.");
        }
        ctx.json(SearchJson.of(http.run(request), request.explain(), http.states(), limit.orElse(Integer.MAX_VALUE)));
    }

    private void suggest(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        List<SuggestionJson> items = completion.complete(q, listSize(ctx)).stream()
                .map(c -> new SuggestionJson(c.label(), c.kind(), c.insert(), c.query())).toList();
        ctx.json(SearchJson.Items.of(items));
    }

    private void export(Context ctx) {
        String id = Params.text(ctx, "format").orElse(ExportFormat.CSV.id());
        ExportFormat format = ExportFormat.byId(id).orElseThrow(() -> new BadRequest(
                "format must be " + ExportFormat.choices() + ", not '" + id + "'."));
        ExportHeader otherwise = format == ExportFormat.CSV ? ExportHeader.CODES : ExportHeader.LABELS;
        http.export(ctx, http.request(ctx, "format", SearchHttp.HEADER), format, SearchHttp.header(ctx, otherwise));
    }

    private void similar(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        if (recommendations.recommendation(id).isEmpty()) throw new NotFound(Ui.text("problem.no_recommendation", String.valueOf(id)));
        List<SearchJson.HitJson> items = http.search().moreLikeThis(id, listSize(ctx)).stream()
                .map(h -> SearchJson.hit(h, false, http.states())).toList();
        ctx.json(SearchJson.Items.of(items));
    }

    private static int listSize(Context ctx) {
        int size = Params.integer(ctx, "size").orElse(DEFAULT_LIST);
        if (size < 1 || size > MAX_LIST) throw new BadRequest(Ui.text("search.problem.size", String.valueOf(MAX_LIST), String.valueOf(size)));
        return size;
    }
}
