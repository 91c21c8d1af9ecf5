package org.upright.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.upright.search.SearchParams;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What `search` and `export` both take: the query, filters and order. */
public final class SearchOptions {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are one query. None: everything.")
    List<String> words = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "FIELD=VALUE",
            description = "A facet filter, repeatable: sur=KAZ, rs=France, response=noted, cycle=2, issue=\"Death penalty\" …")
    List<String> filters = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), session or state.")
    String sort;

    /**
     * The command line as the parameters a URL would carry, so both are read by the same rules; a filter
     * without "=" or with an unknown field is a SearchException.
     */
    Map<String, List<String>> params() {
        Map<String, List<String>> params = SearchParams.fromAssignments(filters);
        params.put("q", List.of(String.join(" ", words)));
        if (sort != null) params.put("sort", List.of(sort));
        return params;
    }
}
