package org.upright.ingest;

import java.util.List;

/** What a parser made of one file: every row read became a recommendation or a reject. */
public record ParseResult(List<ParsedRecommendation> items, List<Reject> rejects, int rowsRead) {
    public ParseResult {
        items = List.copyOf(items);
        rejects = List.copyOf(rejects);
    }
}
