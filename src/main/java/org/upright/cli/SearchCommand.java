package org.upright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.search.SearchException;
import org.upright.search.SearchHit;
import org.upright.search.SearchJson;
import org.upright.search.SearchParams;
import org.upright.search.SearchRequest;
import org.upright.search.SearchResult;
import org.upright.state.StateLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `upright search QUERY`: one page of hits as a table, or as the JSON the API answers. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the record with UPRight's query language (words, \"phrases\", AND/OR/NOT, prefix*,"
                + " fields such as sur:KAZ); prints a table of hits, or the API's JSON with --json.",
                "Example: upright search '\"peaceful assembly\"' --filter sur=KAZ --filter response=noted"})
public final class SearchCommand implements Callable<Integer> {
    /** The table's width when the terminal does not tell (COLUMNS unset). */
    private static final int DEFAULT_WIDTH = 120;

    @Mixin
    CommonOptions common;

    @Mixin
    SearchOptions search;

    @Option(names = "--page", defaultValue = "1", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "20", description = "Hits per page, 1 to 500 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--json", description = "Print the JSON that GET /api/v1/search answers.")
    boolean json;

    @Option(names = "--explain", description = "Say for every hit which words matched where.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            StateLookup states = new StateLookup(app.states());
            SearchRequest request;
            SearchResult result;
            try {
                request = new SearchParams(states).read(params());
                result = app.search().search(request);
            } catch (SearchException e) {
                System.err.println("upright search: " + e.getMessage());
                return 2;
            }
            if (json) {
                ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
                System.out.println(mapper.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(SearchJson.of(result, request.explain(), states)));
            } else {
                new HitTable(width()).print(result, request, System.out);
            }
        }
        return 0;
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> params = search.params();
        params.put("page", List.of(Integer.toString(page)));
        params.put("size", List.of(Integer.toString(size)));
        params.put("explain", List.of(Boolean.toString(explain)));
        return params;
    }

    private static int width() {
        try {
            return Math.max(60, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Prints hits as a table: id, state under review, session, response, and the text cut to the width. */
    static final class HitTable {
        private final int width;

        HitTable(int width) {
            this.width = width;
        }

        void print(SearchResult result, SearchRequest request, java.io.PrintStream out) {
            for (String notice : result.notices()) out.println("note: " + notice);
            if (result.didYouMean() != null) out.println("did you mean: " + result.didYouMean());
            long pages = Math.max(1, (Math.min(result.total(), SearchRequest.MAX_WINDOW) + request.size() - 1) / request.size());
            out.printf("%,d hits · page %d of %,d%n", result.total(), request.page(), pages);
            if (result.hits().isEmpty()) return;
            String format = "%-7s %-3s %7s  %-9s  %s%n";
            out.printf(format, "id", "sur", "session", "response", "text");
            int textWidth = Math.max(20, width - 34);
            for (SearchHit h : result.hits()) {
                String response = h.pledge() ? "pledge" : h.response() == null ? "-" : h.response().label();
                out.printf(format, h.id(), h.stateUnderReview(), h.session(), response, cut(h.text(), textWidth));
                for (var term : h.explanation()) {
                    out.printf("%30s %s → %s in %s%n", "", term.queryWord(), term.indexed(), term.field());
                }
            }
        }

        private static String cut(String text, int width) {
            String line = text.replaceAll("\\s+", " ").strip();
            return line.length() <= width ? line : line.substring(0, width - 1) + "…";
        }
    }
}
