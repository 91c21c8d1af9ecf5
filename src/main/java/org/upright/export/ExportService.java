package org.upright.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Viewer;
import org.upright.recommendation.Provenance;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.search.SearchRequest;
import org.upright.search.SearchService;
import org.upright.state.StateLookup;

/**
 * Exports every match of a search with every field, for the web, the API and the command line alike. Streams:
 * the search yields ids in order, the record is read a batch at a time and each batch written before the next
 * is read, so a hundred thousand rows take no more memory than five hundred.
 */
public final class ExportService {
    /** Recommendations read from the record at once: few queries, little memory. */
    static final int BATCH = 500;

    private final SearchService search;
    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final StateLookup states;

    private final ChangeEvents events;

    public ExportService(SearchService search, RecommendationService recommendations, ReviewService reviews,
                         StateLookup states) {
        this(search, recommendations, reviews, states, new ChangeEvents());
    }

    public ExportService(SearchService search, RecommendationService recommendations, ReviewService reviews,
                         StateLookup states, ChangeEvents events) {
        this.events = events;
        this.search = search;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.states = states;
    }

    /**
     * Exports as {@link #export(SearchRequest, ExportFormat, OutputStream)} and announces who exported which search
     * and how many rows were written (also when the export stopped half-way, with complete=false).
     *
     * @param query the search as its asker wrote it (a URL or a command line), for the audit log
     */
    public long export(Viewer who, String query, SearchRequest request, ExportFormat format, OutputStream out) throws IOException {
        return export(who, query, request, format, ExportHeader.CODES, out);
    }

    /** As above, with the header row of a CSV or XLSX file in codes or in the reader's language. */
    public long export(Viewer who, String query, SearchRequest request, ExportFormat format, ExportHeader header,
                       OutputStream out) throws IOException {
        long[] rows = {-1};
        try {
            rows[0] = export(request, format, header, out);
            return rows[0];
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("format", format.id());
            details.put("rows", Math.max(0, rows[0]));
            details.put("complete", rows[0] >= 0);
            events.publish(Audited.of(who, "export", query, details));
        }
    }

    /**
     * Writes every match of the request (its page and size are ignored) in the search's order, and finishes the
     * document; the stream is left open. Returns the number of rows written.
     */
    public long export(SearchRequest request, ExportFormat format, OutputStream out) throws IOException {
        return export(request, format, ExportHeader.CODES, out);
    }

    private long export(SearchRequest request, ExportFormat format, ExportHeader header, OutputStream out) throws IOException {
        Map<Integer, Integer> years = reviews.sessions().stream().collect(Collectors.toMap(Session::number, Session::year));
        ExportWriter writer = format.open(out, header);
        Batches batches = new Batches(writer, years);
        try {
            search.forEachMatch(request, batches::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        batches.flush();
        writer.finish();
        return batches.written;
    }

    /** Gathers ids until a batch is full, then reads and writes the batch. */
    private final class Batches {
        private final ExportWriter writer;
        private final Map<Integer, Integer> years;
        private final List<RecommendationId> ids = new ArrayList<>(BATCH);
        private long written;

        Batches(ExportWriter writer, Map<Integer, Integer> years) {
            this.writer = writer;
            this.years = years;
        }

        void add(RecommendationId id) {
            ids.add(id);
            if (ids.size() == BATCH) {
                try {
                    flush();
                } catch (IOException e) {
                    // the search calls back through a Consumer, which cannot throw IOException; unwrapped above
                    throw new UncheckedIOException(e);
                }
            }
        }

        void flush() throws IOException {
            if (ids.isEmpty()) return;
            Map<RecommendationId, Recommendation> byId = new HashMap<>();
            for (Recommendation r : recommendations.recommendations(ids)) byId.put(r.id(), r);
            Map<RecommendationId, List<Provenance>> provenance = recommendations.provenance(ids);
            // the record answers in id order; the export keeps the search's order
            for (RecommendationId id : ids) {
                Recommendation r = byId.get(id);
                if (r == null) continue; // deleted since it was indexed
                writer.write(ExportRow.of(r, years.get(r.session()), provenance.getOrDefault(id, List.of()), states));
                written++;
            }
            ids.clear();
        }
    }
}
