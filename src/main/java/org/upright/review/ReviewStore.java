package org.upright.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;

/** Sessions and reviews as the database keeps them. */
public interface ReviewStore {
    List<Session> sessions();

    Optional<Review> byId(ReviewId id);

    Optional<Review> find(StateCode state, int session);

    List<Review> ofState(StateCode state);

    /** The reviews of the filter, by session and then state code. */
    Page<Review> find(ReviewFilter filter, PageRequest page);

    long count(ReviewFilter filter);

    /** Number of reviews held for each session; sessions without any are left out. */
    Map<Integer, Long> countBySession();

    /** The reviews with the highest session numbers first. */
    List<Review> recent(int limit);

    /** The review of the state in the session, created when it does not exist yet. */
    Review ensure(StateCode state, int session, String documentSymbol);
}
