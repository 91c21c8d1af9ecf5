package org.upright.alert;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.i18n.Ui;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.search.Facet;
import org.upright.search.SearchException;
import org.upright.search.SearchHit;
import org.upright.search.SearchParams;
import org.upright.search.SearchRequest;
import org.upright.search.SearchService;
import org.upright.search.SearchSort;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.SiteAddress;

/**
 * Atom feeds of the latest recommendations a state received, of those labelled with an issue or a theme, and of
 * any saved search (its query and filters as the search page's address carries them).
 */
public final class FeedRoutes {
    static final String ATOM = "application/atom+xml; charset=utf-8";
    /** Entries in a feed: a reader keeps what it has seen, so the latest reviews are enough. */
    static final int ENTRIES = 50;

    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final StateLookup states;
    private final SearchService search;

    private FeedRoutes(RecommendationService recommendations, ReviewService reviews, StateLookup states, SearchService search) {
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.states = states;
        this.search = search;
    }

    public static void register(RoutesConfig routes, RecommendationService recommendations, ReviewService reviews, StateLookup states,
                                SearchService search) {
        FeedRoutes r = new FeedRoutes(recommendations, reviews, states, search);
        routes.get("/states/{code}/feed.atom", r::state);
        routes.get("/issues/feed.atom", r::issue);
        routes.get("/themes/feed.atom", r::theme);
        routes.get("/search/feed.atom", r::saved);
    }

    private void theme(Context ctx) {
        String theme = ctx.queryParam("theme");
        if (theme == null || theme.isBlank()) {
            throw new BadRequest(Ui.text("problem.feed_theme"));
        }
        SearchRequest request = new SearchRequest("", Map.of(Facet.THEME, List.of(theme.strip())), SearchSort.SESSION, 1, ENTRIES, false);
        String path = "/themes/feed.atom?theme=" + URLEncoder.encode(theme.strip(), StandardCharsets.UTF_8);
        ctx.contentType(ATOM).result(AtomFeed.write("Recommendations on " + theme.strip(), path, searched(request), SiteAddress.of(ctx)));
    }

    /** A saved search as a feed: the newest matches of its query and filters ({@code q}, {@code sur}, {@code issue} …). */
    private void saved(Context ctx) {
        SearchRequest asked;
        try {
            asked = new SearchParams(states).read(ctx.queryParamMap());
            search.count(asked);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
        SearchRequest request = new SearchRequest(asked.query(), asked.filters(), SearchSort.SESSION, 1, ENTRIES, false);
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String title = "Search: " + (asked.query().isBlank() ? "every recommendation" : asked.query());
        ctx.contentType(ATOM).result(AtomFeed.write(title, "/search/feed.atom" + query, searched(request), SiteAddress.of(ctx)));
    }

    private List<AtomFeed.Entry> searched(SearchRequest request) {
        List<RecommendationId> ids = search.search(request).hits().stream().map(SearchHit::id).toList();
        Map<Integer, Session> sessions = reviews.sessions().stream().collect(Collectors.toMap(Session::number, Function.identity()));
        return recommendations.recommendations(ids).stream().map(r -> entry(r, sessions.get(r.session())))
                .sorted(Comparator.comparing(AtomFeed.Entry::updated).reversed()).toList();
    }

    private void state(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound(Ui.text("problem.no_state_known", asked)));
        var filter = new RecommendationFilter(state.code(), List.of(), null, null, null, null, null);
        String path = "/states/" + state.code() + "/feed.atom";
        ctx.contentType(ATOM).result(AtomFeed.write("Recommendations to " + state.name(), path, entries(filter), SiteAddress.of(ctx)));
    }

    private void issue(Context ctx) {
        String issue = ctx.queryParam("issue");
        if (issue == null || issue.isBlank()) {
            throw new BadRequest(Ui.text("problem.feed_issue"));
        }
        var filter = new RecommendationFilter(null, List.of(), null, null, null, issue.strip(), null);
        String path = "/issues/feed.atom?issue=" + URLEncoder.encode(issue.strip(), StandardCharsets.UTF_8);
        ctx.contentType(ATOM).result(AtomFeed.write("Recommendations on " + issue.strip(), path, entries(filter), SiteAddress.of(ctx)));
    }

    /** The latest recommendations of the filter, newest session first. */
    private List<AtomFeed.Entry> entries(RecommendationFilter filter) {
        long total = recommendations.count(filter);
        int last = (int) Math.max(1, (total + ENTRIES - 1) / ENTRIES);
        List<Recommendation> latest = new ArrayList<>();
        for (int page = last; page >= Math.max(1, last - 1); page--) {
            Page<Recommendation> one = recommendations.find(filter, new PageRequest(page, ENTRIES));
            latest.addAll(one.items().reversed());
        }
        Map<Integer, Session> sessions = reviews.sessions().stream().collect(Collectors.toMap(Session::number, Function.identity()));
        return latest.stream().limit(ENTRIES).map(r -> entry(r, sessions.get(r.session())))
                .sorted(Comparator.comparing(AtomFeed.Entry::updated).reversed()).toList();
    }

    private AtomFeed.Entry entry(Recommendation r, Session session) {
        String title = RecommendationTitle.of(r, states);
        return new AtomFeed.Entry("/recommendations/" + r.id().value(), title, r.text(), day(session));
    }

    /** When the recommendation was made: the session's last day, else the first of its year. */
    private static Instant day(Session session) {
        if (session == null) return Instant.EPOCH;
        LocalDate day = session.endsOn() != null ? LocalDate.parse(session.endsOn()) : LocalDate.of(session.year(), 1, 1);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
