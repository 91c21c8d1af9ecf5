package org.upright.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;
import org.upright.review.ReviewId;

/** Recommendations, their recommending states, labels and provenance as the database keeps them. */
public interface RecommendationStore {
    Optional<Recommendation> byId(RecommendationId id);

    Page<Recommendation> find(RecommendationFilter filter, PageRequest page);

    List<Provenance> provenance(RecommendationId id);

    /** The provenance of each of the recommendations, each list in the order of {@link #provenance(RecommendationId)}; ids without any are left out. */
    Map<RecommendationId, List<Provenance>> provenance(Collection<RecommendationId> ids);

    /** The recommendations with these ids, in id order; unknown ids are left out. */
    List<Recommendation> byIds(Collection<RecommendationId> ids);

    /** Up to limit recommendations with an id above the one given (null: from the first), in id order. */
    List<Recommendation> after(RecommendationId after, int limit);

    /** The keys of every recommendation of the filter, in no particular order: for lists ordered and filtered in memory. */
    List<RecommendationKey> keys(RecommendationFilter filter);

    /** The recommendations of the filter under each issue label they carry (any origin): issue → ids. */
    Map<String, List<RecommendationId>> byIssue(RecommendationFilter filter);

    /** Number of recommendations by response, for the filter. */
    Map<Response, Long> countByResponse(RecommendationFilter filter);

    /** Number of recommendations (not pledges) made by each recommending state. */
    Map<StateCode, Long> countByRecommendingState();

    /** Number of recommendations (not pledges) received by each state under review. */
    Map<StateCode, Long> countByStateUnderReview();

    /** Number of recommendations (not pledges) of each of the reviews; reviews without any are left out. */
    Map<ReviewId, Long> countByReview(Collection<ReviewId> reviews);

    /** Number of recommendations (not pledges) per session. */
    Map<Integer, Long> countBySession();

    long count(RecommendationFilter filter);

    // --- writing, for the importer

    List<MatchCandidate> candidates(ReviewId review);

    /** Stores the recommendation itself; its states and labels follow through {@link #attach}. */
    RecommendationId insert(NewRecommendation recommendation);

    /** The lines of a source file that already brought a recommendation in. */
    java.util.Set<Integer> provenanceLines(long sourceFile);

    /** Takes what a later, better source says: text, paragraph, response; the action category when unknown. */
    void update(RecommendationId id, String paragraph, String text, Response response, boolean responseFinal,
                Integer actionCategory);

    /** Writes the recommending states, labels and provenance gathered for recommendations already stored. */
    void attach(AttachedRows rows);

    /** Every recommendation's text, in id order: what the text repair after an import reads. */
    void forEachText(java.util.function.BiConsumer<RecommendationId, String> visitor);

    /** Replaces texts (a repair), leaving everything else of those recommendations as it is. */
    void updateTexts(Map<RecommendationId, String> texts);
}
