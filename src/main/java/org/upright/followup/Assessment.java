package org.upright.followup;

import java.time.LocalDate;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;

/**
 * A dated judgement of how far a recommendation is implemented, by a named source of a kind, in its own words,
 * with the evidence it rests on.
 *
 * @param documentId a document of the evidence feature, or null (the URL and passage stand on their own)
 */
public record Assessment(long id, RecommendationId recommendation, LocalDate assessedOn, ImplementationStatus status,
                         SourceKind sourceKind, String sourceName, String sourceWording, String evidenceUrl,
                         String evidencePassage, Long documentId, String note, Visibility visibility, String enteredBy,
                         String createdAt, String updatedAt) {
    /** The source as a person reads it, and as the status rules tell sources apart. */
    public Source source() {
        return new Source(sourceKind, sourceName);
    }

    public record Source(SourceKind kind, String name) {
    }
}
