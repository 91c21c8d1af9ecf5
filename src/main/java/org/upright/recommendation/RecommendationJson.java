package org.upright.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.upright.state.StateRef;

/** A recommendation in the JSON API v1; {@code provenance} only when one recommendation is asked for. */
public record RecommendationJson(
        long id,
        String text,
        String paragraph,
        StateRef stateUnderReview,
        int session,
        int cycle,
        long review,
        List<StateRef> recommendingStates,
        String response,
        boolean responseFinal,
        boolean pledge,
        Integer actionCategory,
        List<LabelJson> labels,
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProvenanceJson> provenance) {

    /** A label; confidence and modelVersion only for machine suggestions. */
    public record LabelJson(String kind, String value, String origin,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String modelVersion) {
        public LabelJson(String kind, String value, String origin) {
            this(kind, value, origin, null, null);
        }
    }

    /** sourceText: the text exactly as this source gave it (null for rows imported before it was kept). */
    public record ProvenanceJson(String file, int line, String format, String importedAt, String paragraph,
                                 String response, String documentSymbol, String documentUrl, String sourceText) {
    }

    public static RecommendationJson of(RecommendationRow r) {
        return withProvenance(r, null);
    }

    public static RecommendationJson withProvenance(RecommendationRow r, List<Provenance> provenance) {
        List<LabelJson> labels = r.labels().stream().map(l -> new LabelJson(lower(l.kind().name()), l.value(),
                lower(l.origin().name()), l.confidence(), l.modelVersion())).toList();
        List<ProvenanceJson> sources = provenance == null ? null : provenance.stream().map(p -> new ProvenanceJson(
                p.file(), p.line(), p.format(), p.importedAt(), p.paragraph(), p.rawResponse(), p.documentSymbol(),
                org.upright.web.UnDocuments.url(p.documentSymbol()), p.sourceText())).toList();
        return new RecommendationJson(r.id(), r.text(), r.paragraph(), r.stateUnderReview(), r.session(), r.cycle(),
                r.reviewId(), r.recommendingStates(), r.response() == null ? null : r.response().label(),
                r.responseFinal(), r.pledge(), r.actionCategory(), labels, r.url(), sources);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
