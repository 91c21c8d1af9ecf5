package org.upright.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.Response;

/** The other half of the mapper: a stored document back into what a hit shows. */
final class StoredHits {
    private StoredHits() {
    }

    static SearchHit toHit(Document doc, float score, String highlighted, List<MatchedTerm> explanation) {
        String category = doc.get(IndexFields.of(Facet.CATEGORY));
        String response = doc.get(IndexFields.of(Facet.RESPONSE));
        return new SearchHit(
                id(doc),
                doc.get(IndexFields.TEXT),
                highlighted,
                StateCode.of(doc.get(IndexFields.of(Facet.SUR))),
                codes(doc.getValues(IndexFields.of(Facet.RS))),
                response == null ? null : Response.parse(response).orElse(null),
                number(doc, Facet.SESSION),
                number(doc, Facet.CYCLE),
                number(doc, Facet.YEAR),
                IndexFields.KIND_PLEDGE.equals(doc.get(IndexFields.of(Facet.KIND))),
                category == null ? null : Integer.valueOf(category),
                labels(doc.getValues(IndexFields.LABEL)),
                Float.isNaN(score) ? 0f : score,
                explanation);
    }

    static RecommendationId id(Document doc) {
        IndexableField id = doc.getField(IndexFields.ID);
        return new RecommendationId(id.numericValue().longValue());
    }

    private static int number(Document doc, Facet facet) {
        String value = doc.get(IndexFields.of(facet));
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static List<StateCode> codes(String[] values) {
        List<StateCode> codes = new ArrayList<>(values.length);
        for (String v : values) codes.add(StateCode.of(v));
        return List.copyOf(codes);
    }

    private static List<Label> labels(String[] values) {
        List<Label> labels = new ArrayList<>(values.length);
        for (String v : values) {
            String[] parts = v.split("\t", 3);
            labels.add(new Label(LabelKind.valueOf(parts[0]), parts[1], LabelOrigin.valueOf(parts[2])));
        }
        return List.copyOf(labels);
    }
}
