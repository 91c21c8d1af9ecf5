package org.upright.recommendation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.upright.common.Cycle;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;
import org.upright.review.ReviewId;

/** Recommendations and their counts, for pages, the API and the command line alike. */
public final class RecommendationService {
    private final RecommendationStore store;

    public RecommendationService(RecommendationStore store) {
        this.store = store;
    }

    public Optional<Recommendation> recommendation(RecommendationId id) {
        return store.byId(id);
    }

    public List<Recommendation> recommendations(java.util.Collection<RecommendationId> ids) {
        return store.byIds(ids);
    }

    /** Every recommendation and pledge in id order, a batch at a time: for a full reindex or an export. */
    public void forEach(int batchSize, java.util.function.Consumer<List<Recommendation>> batch) {
        RecommendationId last = null;
        while (true) {
            List<Recommendation> next = store.after(last, batchSize);
            if (next.isEmpty()) return;
            batch.accept(next);
            last = next.get(next.size() - 1).id();
        }
    }

    public List<Provenance> provenance(RecommendationId id) {
        return store.provenance(id);
    }

    /** The provenance of many recommendations at once (an export reads it a batch at a time); ids without any are left out. */
    public Map<RecommendationId, List<Provenance>> provenance(Collection<RecommendationId> ids) {
        return store.provenance(ids);
    }

    public Page<Recommendation> find(RecommendationFilter filter, PageRequest page) {
        return store.find(filter, page);
    }

    /** Every recommendation of the filter, without paging (for a review: a few hundred at most). */
    public List<Recommendation> all(RecommendationFilter filter) {
        java.util.ArrayList<Recommendation> all = new java.util.ArrayList<>();
        for (int p = 1; ; p++) {
            Page<Recommendation> page = store.find(filter, new PageRequest(p, Page.MAX_SIZE));
            all.addAll(page.items());
            if (!page.hasNext()) return all;
        }
    }

    /** The keys of every recommendation of the filter, newest session first and in the reports' paragraph order. */
    public List<RecommendationKey> keysInParagraphOrder(RecommendationFilter filter) {
        return store.keys(filter).stream().sorted(RecommendationKey.NEWEST_IN_PARAGRAPH_ORDER).toList();
    }

    /** The recommendations of the filter under each issue they carry: issue → ids. */
    public Map<String, List<RecommendationId>> byIssue(RecommendationFilter filter) {
        return store.byIssue(filter);
    }

    /** The recommendations in the order of the ids given; unknown ids are left out. */
    public List<Recommendation> inOrder(List<RecommendationId> ids) {
        Map<RecommendationId, Recommendation> byId = new HashMap<>();
        store.byIds(ids).forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Map<Response, Long> countByResponse(RecommendationFilter filter) {
        return store.countByResponse(filter);
    }

    /** Number of recommendations (not pledges) of each review; a review without any is missing from the map. */
    public Map<ReviewId, Long> countByReview(Collection<ReviewId> reviews) {
        return store.countByReview(reviews);
    }

    /** Number of recommendations (not pledges) each state received as state under review. */
    public Map<StateCode, Long> receivedByState() {
        return store.countByStateUnderReview();
    }

    /** Number of recommendations (not pledges) each state made as recommending state. */
    public Map<StateCode, Long> madeByState() {
        return store.countByRecommendingState();
    }

    public long count(RecommendationFilter filter) {
        return store.count(filter);
    }

    public RecordStats stats() {
        Map<Integer, Long> bySession = store.countBySession();
        Map<Integer, Long> byCycle = new TreeMap<>();
        bySession.forEach((session, n) -> byCycle.merge(Cycle.ofSession(session).number(), n, Long::sum));
        RecommendationFilter recommendations = new RecommendationFilter(null, List.of(), null, null, null, null, false);
        RecommendationFilter pledges = new RecommendationFilter(null, List.of(), null, null, null, null, true);
        return new RecordStats(store.count(recommendations), store.count(pledges), byCycle, bySession,
                store.countByResponse(recommendations), store.countByStateUnderReview(), store.countByRecommendingState());
    }
}
