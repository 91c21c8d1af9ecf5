package org.upright.review;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;
import org.upright.store.Database;

/** {@link ReviewStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqReviewStore implements ReviewStore {
    private static final Table<?> SESSION = table(name("session"));
    private static final Field<Integer> S_NUMBER = field(name("session", "number"), Integer.class);
    private static final Field<Integer> S_CYCLE = field(name("session", "cycle"), Integer.class);
    private static final Field<Integer> S_YEAR = field(name("session", "year"), Integer.class);
    private static final Field<String> S_STARTS = field(name("session", "starts_on"), String.class);
    private static final Field<String> S_ENDS = field(name("session", "ends_on"), String.class);

    private static final Table<?> REVIEW = table(name("review"));
    private static final Field<Long> R_ID = field(name("review", "id"), Long.class);
    private static final Field<String> R_STATE = field(name("review", "state_code"), String.class);
    private static final Field<Integer> R_SESSION = field(name("review", "session_number"), Integer.class);
    private static final Field<String> R_SYMBOL = field(name("review", "document_symbol"), String.class);

    private final Database db;

    public JooqReviewStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Session> sessions() {
        return db.dsl().select(S_NUMBER, S_CYCLE, S_YEAR, S_STARTS, S_ENDS).from(SESSION).orderBy(S_NUMBER)
                .fetch(JooqReviewStore::toSession);
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return fetch(R_ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Review> find(StateCode state, int session) {
        return fetch(R_STATE.eq(state.value()).and(R_SESSION.eq(session))).stream().findFirst();
    }

    @Override
    public List<Review> ofState(StateCode state) {
        return fetch(R_STATE.eq(state.value()));
    }

    @Override
    public Page<Review> find(ReviewFilter filter, PageRequest page) {
        long total = count(filter);
        List<Review> items = total <= page.offset() ? List.of()
                : db.dsl().select(R_ID, R_STATE, R_SYMBOL, S_NUMBER, S_CYCLE, S_YEAR, S_STARTS, S_ENDS)
                        .from(REVIEW).join(SESSION).on(S_NUMBER.eq(R_SESSION))
                        .where(condition(filter))
                        .orderBy(R_SESSION, R_STATE)
                        .limit(page.size()).offset(page.offset())
                        .fetch(JooqReviewStore::toReview);
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public long count(ReviewFilter filter) {
        return db.dsl().select(DSL.count()).from(REVIEW).join(SESSION).on(S_NUMBER.eq(R_SESSION))
                .where(condition(filter)).fetchOne(0, Long.class);
    }

    @Override
    public Map<Integer, Long> countBySession() {
        Map<Integer, Long> counts = new HashMap<>();
        db.dsl().select(R_SESSION, DSL.count()).from(REVIEW).groupBy(R_SESSION)
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    private static Condition condition(ReviewFilter f) {
        Condition c = noCondition();
        if (f.state() != null) c = c.and(R_STATE.eq(f.state().value()));
        if (f.cycle() != null) c = c.and(S_CYCLE.eq(f.cycle()));
        if (f.session() != null) c = c.and(R_SESSION.eq(f.session()));
        return c;
    }

    @Override
    public List<Review> recent(int limit) {
        return db.dsl().select(R_ID, R_STATE, R_SYMBOL, S_NUMBER, S_CYCLE, S_YEAR, S_STARTS, S_ENDS)
                .from(REVIEW).join(SESSION).on(S_NUMBER.eq(R_SESSION))
                .orderBy(R_SESSION.desc(), R_STATE)
                .limit(limit)
                .fetch(JooqReviewStore::toReview);
    }

    @Override
    public Review ensure(StateCode state, int session, String documentSymbol) {
        Optional<Review> existing = find(state, session);
        if (existing.isPresent()) {
            Review review = existing.get();
            if (review.documentSymbol() == null && documentSymbol != null) {
                db.dsl().update(REVIEW).set(R_SYMBOL, documentSymbol).where(R_ID.eq(review.id().value())).execute();
                return new Review(review.id(), state, review.session(), documentSymbol);
            }
            return review;
        }
        db.dsl().insertInto(REVIEW, R_STATE, R_SESSION, R_SYMBOL)
                .values(state.value(), session, documentSymbol)
                .execute();
        return find(state, session).orElseThrow();
    }

    private List<Review> fetch(Condition condition) {
        return db.dsl().select(R_ID, R_STATE, R_SYMBOL, S_NUMBER, S_CYCLE, S_YEAR, S_STARTS, S_ENDS)
                .from(REVIEW).join(SESSION).on(S_NUMBER.eq(R_SESSION))
                .where(condition)
                .orderBy(R_SESSION)
                .fetch(JooqReviewStore::toReview);
    }

    private static Session toSession(Record r) {
        return new Session(r.get(S_NUMBER), r.get(S_CYCLE), r.get(S_YEAR), r.get(S_STARTS), r.get(S_ENDS));
    }

    private static Review toReview(Record r) {
        return new Review(new ReviewId(r.get(R_ID)), StateCode.of(r.get(R_STATE)), toSession(r), r.get(R_SYMBOL));
    }
}
