package org.upright.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;

/** Sessions and reviews, for pages, the API and the command line alike. */
public final class ReviewService {
    private final ReviewStore store;

    public ReviewService(ReviewStore store) {
        this.store = store;
    }

    /** The sessions the record holds at least one review of. */
    public Coverage coverage() {
        var held = store.countBySession().keySet();
        return new Coverage(store.sessions().stream().filter(s -> held.contains(s.number())).toList());
    }

    public List<Session> sessions() {
        return store.sessions();
    }

    public Optional<Review> review(ReviewId id) {
        return store.byId(id);
    }

    public Optional<Review> review(StateCode state, int session) {
        return store.find(state, session);
    }

    public List<Review> reviewsOf(StateCode state) {
        return store.ofState(state);
    }

    public Page<Review> find(ReviewFilter filter, PageRequest page) {
        return store.find(filter, page);
    }

    public long count(ReviewFilter filter) {
        return store.count(filter);
    }

    /** Number of reviews held for each session; sessions without any are left out. */
    public Map<Integer, Long> countBySession() {
        return store.countBySession();
    }

    /** Every review the record holds, page by page from the store. */
    public List<Review> all() {
        List<Review> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Review> one = store.find(ReviewFilter.none(), new PageRequest(page, Page.MAX_SIZE));
            all.addAll(one.items());
            if (all.size() >= one.total() || one.items().isEmpty()) return all;
        }
    }

    public List<Review> recent(int limit) {
        return store.recent(limit);
    }
}
