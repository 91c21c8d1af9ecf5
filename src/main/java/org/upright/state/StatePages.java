package org.upright.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.upright.common.ChangeEvents;
import org.upright.common.KeptUntilChanged;
import org.upright.common.Language;
import org.upright.common.Page;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationKey;
import org.upright.recommendation.RecommendationList;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.recommendation.Response;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Coverage;
import org.upright.review.Review;
import org.upright.review.ReviewRow;
import org.upright.review.ReviewService;

/** Puts the state pages together from the review and recommendation services. */
public final class StatePages {
    /** Recommendations per page in a state's lists: enough to scan, few enough to read. */
    static final int LIST_SIZE = 20;

    private final StateLookup states;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    /**
     * Recommendations received and made by every state: two counts over the whole record that took nearly all of
     * /states' and /api/v1/states' time (124–129 ms), kept until the record changes (imports and labels announce
     * it, also those of other nodes through the change log).
     */
    private final KeptUntilChanged<Counts> counts;
    /** Which sessions the whole record holds: the same for every state page until the record changes. */
    private final KeptUntilChanged<Coverage> coverage;
    /**
     * Each state's lists in paragraph order with their issues, kept until the record changes: a state page then
     * filters and pages in memory instead of asking the database to sort paragraph numbers it cannot sort.
     */
    private final Map<String, Ordered> lists = new ConcurrentHashMap<>();
    /** Each state's reviews and pledge count, and the pages of its lists people asked for: also the same until the record changes. */
    private final Map<StateCode, Head> heads = new ConcurrentHashMap<>();
    private final Map<PageKey, List<org.upright.recommendation.Recommendation>> pages = new ConcurrentHashMap<>();
    /** Pages of lists kept at most, so a crawler walking every filter of every state cannot fill the memory. */
    private static final int PAGES_KEPT = 5_000;

    private record Counts(Map<StateCode, Long> received, Map<StateCode, Long> made) {
    }

    private record PageKey(StateCode state, ListFilter filter) {
    }

    private record Head(List<StatePage.CycleReviews> cycles, long pledges, Coverage held) {
    }

    /** One list of a state: every key in order, and the ids under each issue. */
    private record Ordered(List<RecommendationKey> keys, Map<String, Set<RecommendationId>> issues) {
    }

    public StatePages(StateLookup states, ReviewService reviews, RecommendationService recommendations,
                      ChangeEvents events) {
        this.states = states;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.counts = new KeptUntilChanged<>(() -> new Counts(Map.copyOf(recommendations.receivedByState()),
                Map.copyOf(recommendations.madeByState())));
        this.coverage = new KeptUntilChanged<>(reviews::coverage);
        events.subscribe(RecommendationsChanged.class, changed -> {
            counts.forget();
            coverage.forget();
            lists.clear();
            heads.clear();
            pages.clear();
        });
    }

    public StatesPage all(boolean byName, Language language) {
        Counts c = counts.get();
        StateDirectory directory = states.directory();
        return StatesPage.of(directory.sortedBy(language), s -> directory.name(s.code(), language), byName, c.received(), c.made());
    }

    public StatePage page(State state, int receivedPage, int madePage) {
        return page(state, ListFilter.first("received").atPage(receivedPage), ListFilter.first("made").atPage(madePage));
    }

    public StatePage page(State state, ListFilter received, ListFilter made) {
        Head head = heads.computeIfAbsent(state.code(), this::head);
        List<RecommendationKey> all = ordered(state.code(), "received").keys();
        return new StatePage(state, head.cycles(), ResponseCount.of(responses(all)), byCycle(all), head.pledges(), all.size(),
                ordered(state.code(), "made").keys().size(), list(state, received, made), list(state, made, received),
                head.held(), coverage.get());
    }

    private Head head(StateCode code) {
        List<Review> held = reviews.reviewsOf(code);
        List<ReviewRow> rows = ReviewRow.of(held, recommendations.countByReview(held.stream().map(Review::id).toList()), states);
        Map<Integer, List<ReviewRow>> byCycle = new LinkedHashMap<>();
        rows.forEach(r -> byCycle.computeIfAbsent(r.session().cycle(), c -> new ArrayList<>()).add(r));
        List<StatePage.CycleReviews> cycles = byCycle.entrySet().stream()
                .map(e -> new StatePage.CycleReviews(e.getKey(), e.getValue())).toList();
        long pledges = recommendations.count(new RecommendationFilter(code, List.of(), null, null, null, null, true));
        return new Head(cycles, pledges, new Coverage(held.stream().map(Review::session).toList()));
    }

    /** The list the filter names ("made", or else "received"), filtered and at its page; other is the other list's filter. */
    public StateList list(State state, ListFilter shown, ListFilter other) {
        String name = org.upright.i18n.Ui.state(state.code().value(), state.name());
        boolean made = shown.list().equals("made");
        Ordered ordered = ordered(state.code(), made ? "made" : "received");
        Set<RecommendationId> issue = shown.issue() == null ? null : ordered.issues().getOrDefault(shown.issue(), Set.of());
        List<RecommendationKey> kept = ordered.keys().stream().filter(shown::keeps)
                .filter(k -> issue == null || issue.contains(k.id())).toList();
        int from = (int) Math.min(kept.size(), (long) (shown.page() - 1) * LIST_SIZE);
        List<RecommendationId> ids = kept.subList(from, Math.min(kept.size(), from + LIST_SIZE)).stream().map(RecommendationKey::id).toList();
        if (pages.size() > PAGES_KEPT) pages.clear();
        Page<org.upright.recommendation.Recommendation> page = new Page<>(
                pages.computeIfAbsent(new PageKey(state.code(), shown), k -> recommendations.inOrder(ids)),
                kept.size(), shown.page(), LIST_SIZE);
        ListFilter received = made ? other : shown, madeFilter = made ? shown : other;
        String which = made ? "made" : "received";
        String empty = shown.any() ? org.upright.i18n.Ui.text("state.list.none_matches." + which, name)
                : org.upright.i18n.Ui.text("state.list.empty." + which, name);
        RecommendationList list = RecommendationList.of(made ? "made" : "received",
                org.upright.i18n.Ui.text("state.list.heading." + which, name), empty, page,
                p -> href(state, made ? received : received.atPage(p), made ? madeFilter.atPage(p) : madeFilter), !made, states);
        List<Integer> cycles = ordered.keys().stream().map(RecommendationKey::cycle).distinct().sorted(Comparator.reverseOrder()).toList();
        List<StateList.IssueCount> issues = ordered.issues().entrySet().stream()
                .map(e -> new StateList.IssueCount(e.getKey(), e.getValue().size()))
                .sorted(Comparator.comparingLong(StateList.IssueCount::count).reversed().thenComparing(StateList.IssueCount::issue)).toList();
        String search = searchQuery(state, shown, made);
        return new StateList(list, shown, other, cycles, issues, "/search?" + search, "/search/export.FORMAT?" + search);
    }

    /** The same list as a search: the state, recommendations only, the filters, in session order. */
    private static String searchQuery(State state, ListFilter f, boolean made) {
        List<String> q = new ArrayList<>();
        q.add((made ? "rs=" : "sur=") + state.code());
        q.add("kind=recommendation");
        if (f.cycle() != null) q.add("cycle=" + f.cycle());
        if (f.issue() != null) q.add("issue=" + ListFilter.encode(f.issue()));
        if (f.response() != null) q.add("response=" + ListFilter.encode(f.responseLabel()));
        q.add("sort=session");
        return String.join("&", q);
    }

    private Ordered ordered(StateCode code, String which) {
        return lists.computeIfAbsent(code.value() + "/" + which, k -> {
            RecommendationFilter filter = which.equals("made") ? made(code) : received(code);
            Map<String, Set<RecommendationId>> issues = new TreeMap<>();
            recommendations.byIssue(filter).forEach((issue, ids) -> issues.put(issue, Set.copyOf(new HashSet<>(ids))));
            return new Ordered(recommendations.keysInParagraphOrder(filter), issues);
        });
    }

    private static Map<Response, Long> responses(List<RecommendationKey> keys) {
        Map<Response, Long> counts = new EnumMap<>(Response.class);
        keys.stream().filter(k -> k.response() != null).forEach(k -> counts.merge(k.response(), 1L, Long::sum));
        return counts;
    }

    /** The responses given in each cycle, newest cycle first. */
    private static List<StatePage.CycleResponses> byCycle(List<RecommendationKey> keys) {
        Map<Integer, List<RecommendationKey>> cycles = new TreeMap<>(Comparator.reverseOrder());
        keys.forEach(k -> cycles.computeIfAbsent(k.cycle(), c -> new ArrayList<>()).add(k));
        return cycles.entrySet().stream().map(e -> {
            Map<Response, Long> r = responses(e.getValue());
            long none = e.getValue().stream().filter(k -> k.response() == null).count();
            return new StatePage.CycleResponses(e.getKey(), r.getOrDefault(Response.SUPPORTED, 0L), r.getOrDefault(Response.NOTED, 0L),
                    r.getOrDefault(Response.PENDING, 0L), none, e.getValue().size());
        }).toList();
    }

    private static RecommendationFilter received(StateCode code) {
        return new RecommendationFilter(code, List.of(), null, null, null, null, false);
    }

    private static RecommendationFilter made(StateCode code) {
        return new RecommendationFilter(null, List.of(code), null, null, null, null, false);
    }

    /** The state page's URL with both lists' filters and pages; the defaults are left out of the query. */
    static String href(State state, ListFilter received, ListFilter made) {
        List<String> query = new ArrayList<>(received.query());
        query.addAll(made.query());
        return "/states/" + state.code() + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
