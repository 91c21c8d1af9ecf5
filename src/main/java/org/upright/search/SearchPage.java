package org.upright.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.common.Sdg;
import org.upright.export.ExportFormat;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;
import org.upright.web.Display;
import org.upright.web.Pager;

/**
 * The search page: the form as the person left it, the facets with their counts, the hits of one page and the
 * links that keep the whole search in the URL (pages, did-you-mean, removing a filter, exports).
 *
 * @param queryRun     the query as it was run, when repairs made it differ from what was typed; else null
 * @param focusResults true to put the keyboard focus on the results' heading after htmx swapped them in (paging);
 *                     false when a facet was ticked, so the focus stays on the checkbox
 * @param cases        cases the viewer may see whose name, summary or timeline hold the query's words
 */
public record SearchPage(SearchRequest request, long total, List<Hit> hits, List<FacetGroup> facets,
                         List<ActiveFilter> active, List<String> notices, String queryRun, String didYouMean,
                         String didYouMeanHref, Pager pager, List<Link> exports, boolean focusResults, List<Link> cases) {

    /** Facet values listed before the rest fold away under "more". */
    static final int SHOWN_VALUES = 8;
    /** Characters of the query a title or heading repeats. */
    static final int SHOWN_QUERY = 80;

    public record Hit(long id, String url, String highlighted, StateRef stateUnderReview,
                      List<StateRef> recommendingStates, String responseLabel, String responseClass, int session,
                      int cycle, int year, boolean pledge, List<Label> labels, List<Why> explanation) {
    }

    /** One matched term of a hit: the word as typed, where it matched and in which form. */
    public record Why(String word, String field, String indexed, String found) {
    }

    public record FacetGroup(String id, String title, List<Option> shown, List<Option> more) {
    }

    /** @param inputId the checkbox's element id: stable, so htmx gives the focus back to it after a swap */
    public record Option(String value, String label, long count, boolean selected, String inputId) {
    }

    public record ActiveFilter(String title, String label, String removeHref) {
    }

    public record Link(String label, String href) {
    }

    static SearchPage of(SearchRequest request, SearchResult result, StateLookup states, boolean focusResults) {
        FacetLabels labels = new FacetLabels(states);
        boolean suggestionsAsked = !request.filters().getOrDefault(Facet.ORIGIN, List.of()).isEmpty();
        List<Hit> hits = result.hits().stream().map(h -> hit(h, states, suggestionsAsked)).toList();
        String didYouMeanHref = result.didYouMean() == null ? null
                : SearchUrl.of("/search", SearchUrl.query(request, result.didYouMean()));
        // the query as run matters when something was repaired; otherwise it only restates what was typed
        boolean repaired = !result.notices().isEmpty() && result.query() != null
                && !result.query().strip().equals(request.query().strip());
        String queryRun = repaired ? result.query() : null;
        List<Link> exports = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            exports.add(new Link(f.id().toUpperCase(Locale.ROOT), SearchUrl.of("/search/export." + f.id(), SearchUrl.forExport(request))));
        }
        return new SearchPage(request, result.total(), hits, facets(result.facets(), labels), active(request, labels),
                result.notices(), queryRun, result.didYouMean(), didYouMeanHref, pager(request, result), exports,
                focusResults, List.of());
    }

    /** The documents tab with the same words. */
    public String documentsHref() {
        return DocumentSearchPage.href(request.query(), true, 1);
    }

    SearchPage withCases(List<Link> found) {
        return new SearchPage(request, total, hits, facets, active, notices, queryRun, didYouMean, didYouMeanHref, pager,
                exports, focusResults, List.copyOf(found));
    }

    /** A label as a hit shows it: goals by number ("SDG 5"), the rest by name. */
    public static String labelText(Label label) {
        String text = label.shown();
        return label.origin() == LabelOrigin.MACHINE ? text + " (suggested)" : text;
    }

    /** The query as a title or heading names it: cut short when long. */
    public String shownQuery() {
        return Display.shorten(request.query(), SHOWN_QUERY);
    }

    public String sortId() {
        return request.sort().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A hit as the list shows it. Machine suggestions stay on the recommendation's page: on a list they repeat the
     * source's labels and bury them ("SDG 16 (suggested)" on nearly every torture hit), unless the search asks
     * about where labels came from.
     */
    private static Hit hit(SearchHit h, StateLookup states, boolean suggestionsAsked) {
        String responseLabel = h.response() == null ? (h.pledge() ? "Pledge" : "No response") : h.response().label();
        String responseClass = h.response() == null ? "none" : h.response().name().toLowerCase(Locale.ROOT);
        List<Label> labels = suggestionsAsked ? h.labels()
                : h.labels().stream().filter(l -> l.origin() != LabelOrigin.MACHINE).toList();
        List<Why> why = h.explanation().stream().map(t -> new Why(t.queryWord(), fieldName(t.field()), t.indexed(),
                t.found())).toList();
        return new Hit(h.id().value(), "/recommendations/" + h.id(), h.highlighted(), states.ref(h.stateUnderReview()),
                states.refs(h.recommendingStates()), responseLabel, responseClass, h.session(), h.cycle(), h.year(),
                h.pledge(), labels, why);
    }

    /** "the text", or the facet's title in lower case ("state under review"), in the reader's language. */
    private static String fieldName(String field) {
        if (field.equals("text")) return org.upright.i18n.Ui.text("hit.field.text");
        return Facet.byId(field).map(f -> f.shownTitle().toLowerCase(Locale.forLanguageTag(org.upright.i18n.Ui.code()))).orElse(field);
    }

    private static List<FacetGroup> facets(Map<Facet, List<FacetValue>> facets, FacetLabels labels) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = facets.getOrDefault(facet, List.of());
            if (values.isEmpty()) continue;
            // selected values first, each group in the service's order (most frequent first)
            List<Option> options = values.stream()
                    .sorted(Comparator.comparing((FacetValue v) -> !v.selected()))
                    .map(v -> new Option(v.value(), labels.label(facet, v.value()), v.count(), v.selected(),
                            "f-" + facet.id() + "-" + slug(v.value())))
                    .toList();
            int shown = Math.max(SHOWN_VALUES, (int) options.stream().filter(Option::selected).count());
            groups.add(new FacetGroup(facet.id(), facet.shownTitle(), options.subList(0, Math.min(shown, options.size())),
                    options.subList(Math.min(shown, options.size()), options.size())));
        }
        return groups;
    }

    private static List<ActiveFilter> active(SearchRequest request, FacetLabels labels) {
        List<ActiveFilter> active = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : request.filters().getOrDefault(facet, List.of())) {
                active.add(new ActiveFilter(facet.shownTitle(), labels.label(facet, value),
                        SearchUrl.of("/search", SearchUrl.toggle(request, facet, value))));
            }
        }
        return active;
    }

    /** Pages up to the window the service can page through; beyond it, the export is the way. */
    private static Pager pager(SearchRequest request, SearchResult result) {
        int size = request.size();
        long pageable = Math.min(result.total(), SearchRequest.MAX_WINDOW);
        int pages = (int) Math.max(1, (pageable + size - 1) / size);
        int page = request.page();
        long offset = (long) (page - 1) * size;
        long first = result.hits().isEmpty() ? 0 : offset + 1;
        long last = offset + result.hits().size();
        String previous = page > 1 ? SearchUrl.of("/search", SearchUrl.page(request, Math.min(page - 1, pages))) : null;
        String next = page < pages ? SearchUrl.of("/search", SearchUrl.page(request, page + 1)) : null;
        return new Pager(page, pages, result.total(), first, last, previous, next);
    }

    private static String slug(String value) {
        String slug = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        // a value in another script has no ASCII letters to name it by
        return slug.isEmpty() ? Integer.toHexString(value.hashCode()) : slug;
    }
}
