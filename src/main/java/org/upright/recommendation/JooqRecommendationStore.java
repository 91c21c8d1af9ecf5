package org.upright.recommendation;

import static org.jooq.impl.DSL.count;
import org.jooq.impl.DSL;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.upright.recommendation.JooqRecommendationTables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;
import org.upright.review.ReviewId;
import org.upright.store.Database;

/** {@link RecommendationStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqRecommendationStore implements RecommendationStore {
    /** SQLite allows some thousands of bound values per statement; stay well below. */
    private static final int IN_CHUNK = 500;

    private final Database db;

    public JooqRecommendationStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Recommendation> byId(RecommendationId id) {
        return load(ID.eq(id.value()), null).stream().findFirst();
    }

    @Override
    public Page<Recommendation> find(RecommendationFilter filter, PageRequest page) {
        long total = count(filter);
        List<Recommendation> items = total <= page.offset() ? List.of() : load(condition(filter), page);
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public long count(RecommendationFilter filter) {
        return joined(db.dsl().select(DSL.count())).where(condition(filter)).fetchOne(0, Long.class);
    }

    @Override
    public List<Provenance> provenance(RecommendationId id) {
        return db.dsl().select(F_NAME, P_LINE, F_FORMAT, F_AT, P_PARAGRAPH, P_RAW, P_FINAL, P_TEXT, P_DOCUMENT)
                .from(PROV).join(FILE).on(F_ID.eq(P_FILE))
                .where(P_REC.eq(id.value()))
                .orderBy(F_AT, F_NAME, P_LINE)
                .fetch(r -> new Provenance(r.get(F_NAME), r.get(P_LINE), r.get(F_FORMAT), r.get(F_AT),
                        r.get(P_PARAGRAPH), r.get(P_RAW), r.get(P_FINAL), r.get(P_TEXT), r.get(P_DOCUMENT)));
    }

    @Override
    public Map<RecommendationId, List<Provenance>> provenance(Collection<RecommendationId> ids) {
        Map<RecommendationId, List<Provenance>> found = new HashMap<>();
        List<Long> wanted = ids.stream().map(RecommendationId::value).distinct().toList();
        for (int from = 0; from < wanted.size(); from += IN_CHUNK) {
            db.dsl().select(P_REC, F_NAME, P_LINE, F_FORMAT, F_AT, P_PARAGRAPH, P_RAW, P_FINAL, P_TEXT, P_DOCUMENT)
                    .from(PROV).join(FILE).on(F_ID.eq(P_FILE))
                    .where(P_REC.in(wanted.subList(from, Math.min(wanted.size(), from + IN_CHUNK))))
                    .orderBy(P_REC, F_AT, F_NAME, P_LINE)
                    .forEach(r -> found.computeIfAbsent(new RecommendationId(r.get(P_REC)), k -> new ArrayList<>())
                            .add(new Provenance(r.get(F_NAME), r.get(P_LINE), r.get(F_FORMAT), r.get(F_AT),
                                    r.get(P_PARAGRAPH), r.get(P_RAW), r.get(P_FINAL), r.get(P_TEXT), r.get(P_DOCUMENT))));
        }
        return found;
    }

    @Override
    public List<RecommendationKey> keys(RecommendationFilter filter) {
        return joined(db.dsl().select(ID, RV_SESSION, S_CYCLE, PARAGRAPH, RESPONSE)).where(condition(filter))
                .fetch(r -> new RecommendationKey(new RecommendationId(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : Response.valueOf(r.value5())));
    }

    @Override
    public Map<String, List<RecommendationId>> byIssue(RecommendationFilter filter) {
        Map<String, List<RecommendationId>> found = new HashMap<>();
        joined(db.dsl().selectDistinct(L_VALUE, ID)).join(LABEL).on(L_REC.eq(ID))
                .where(condition(filter)).and(L_KIND.eq(LabelKind.ISSUE.name()))
                .forEach(r -> found.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new RecommendationId(r.value2())));
        return found;
    }

    @Override
    public Map<Response, Long> countByResponse(RecommendationFilter filter) {
        Map<Response, Long> counts = new EnumMap<>(Response.class);
        joined(db.dsl().select(RESPONSE, DSL.count())).where(condition(filter)).groupBy(RESPONSE)
                .forEach(r -> {
                    if (r.value1() != null) counts.put(Response.valueOf(r.value1()), r.value2().longValue());
                });
        return counts;
    }

    @Override
    public Map<StateCode, Long> countByRecommendingState() {
        Map<StateCode, Long> counts = new HashMap<>();
        db.dsl().select(RS_STATE, DSL.count()).from(RS).join(REC).on(ID.eq(RS_REC))
                .where(PLEDGE.isFalse()).groupBy(RS_STATE)
                .forEach(r -> counts.put(StateCode.of(r.value1()), r.value2().longValue()));
        return counts;
    }

    @Override
    public Map<StateCode, Long> countByStateUnderReview() {
        Map<StateCode, Long> counts = new HashMap<>();
        joined(db.dsl().select(RV_STATE, DSL.count())).where(PLEDGE.isFalse()).groupBy(RV_STATE)
                .forEach(r -> counts.put(StateCode.of(r.value1()), r.value2().longValue()));
        return counts;
    }

    @Override
    public Map<ReviewId, Long> countByReview(Collection<ReviewId> reviews) {
        Map<ReviewId, Long> counts = new HashMap<>();
        if (reviews.isEmpty()) return counts;
        db.dsl().select(REVIEW_ID, DSL.count()).from(REC)
                .where(PLEDGE.isFalse()).and(REVIEW_ID.in(reviews.stream().map(ReviewId::value).toList()))
                .groupBy(REVIEW_ID)
                .forEach(r -> counts.put(new ReviewId(r.value1()), r.value2().longValue()));
        return counts;
    }

    @Override
    public Map<Integer, Long> countBySession() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        joined(db.dsl().select(RV_SESSION, DSL.count())).where(PLEDGE.isFalse()).groupBy(RV_SESSION).orderBy(RV_SESSION)
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    @Override
    public List<MatchCandidate> candidates(ReviewId review) {
        Map<Long, Set<StateCode>> states = new HashMap<>();
        db.dsl().select(RS_REC, RS_STATE).from(RS).join(REC).on(ID.eq(RS_REC)).where(REVIEW_ID.eq(review.value()))
                .forEach(r -> states.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(StateCode.of(r.value2())));
        Map<Long, Set<Long>> files = new HashMap<>();
        db.dsl().selectDistinct(P_REC, P_FILE).from(PROV).join(REC).on(ID.eq(P_REC)).where(REVIEW_ID.eq(review.value()))
                .forEach(r -> files.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return db.dsl().select(ID, PARAGRAPH, TEXT, RESPONSE, RESPONSE_FINAL, PLEDGE).from(REC)
                .where(REVIEW_ID.eq(review.value())).orderBy(ID)
                .fetch(r -> new MatchCandidate(new RecommendationId(r.get(ID)), r.get(PARAGRAPH), r.get(TEXT),
                        states.getOrDefault(r.get(ID), new HashSet<>()),
                        r.get(RESPONSE) == null ? null : Response.valueOf(r.get(RESPONSE)),
                        Boolean.TRUE.equals(r.get(RESPONSE_FINAL)), Boolean.TRUE.equals(r.get(PLEDGE)),
                        files.getOrDefault(r.get(ID), new HashSet<>())));
    }

    @Override
    public RecommendationId insert(NewRecommendation n) {
        Long id = db.dsl().insertInto(REC, REVIEW_ID, PARAGRAPH, TEXT, RESPONSE, RESPONSE_FINAL, PLEDGE, ACTION, CREATED)
                .values(n.review().value(), n.paragraph(), n.text(), n.response() == null ? null : n.response().name(),
                        n.responseFinal(), n.pledge(), n.actionCategory(), Instant.now().toString())
                .returningResult(ID)
                .fetchOne(0, Long.class);
        return new RecommendationId(id);
    }

    @Override
    public void update(RecommendationId id, String paragraph, String text, Response response, boolean responseFinal,
                       Integer actionCategory) {
        db.dsl().update(REC)
                .set(PARAGRAPH, paragraph)
                .set(TEXT, text)
                .set(RESPONSE, response == null ? null : response.name())
                .set(RESPONSE_FINAL, responseFinal)
                .set(ACTION, org.jooq.impl.DSL.coalesce(ACTION, org.jooq.impl.DSL.val(actionCategory, Integer.class)))
                .where(ID.eq(id.value()))
                .execute();
    }

    @Override
    public Set<Integer> provenanceLines(long sourceFile) {
        return new HashSet<>(db.dsl().select(P_LINE).from(PROV).where(P_FILE.eq(sourceFile)).fetch(P_LINE));
    }

    @Override
    public void attach(AttachedRows rows) {
        if (!rows.states.isEmpty()) {
            var batch = db.dsl().batch(db.dsl().insertInto(RS, RS_REC, RS_STATE).values((Long) null, null).onConflictDoNothing());
            rows.states.forEach(r -> batch.bind(r.id().value(), r.state().value()));
            batch.execute();
        }
        if (!rows.labels.isEmpty()) {
            var batch = db.dsl().batch(db.dsl().insertInto(LABEL, L_REC, L_KIND, L_VALUE, L_ORIGIN)
                    .values((Long) null, null, null, null).onConflictDoNothing());
            rows.labels.forEach(r -> batch.bind(r.id().value(), r.label().kind().name(), r.label().value(), r.label().origin().name()));
            batch.execute();
        }
        if (!rows.provenance.isEmpty()) {
            var batch = db.dsl().batch(db.dsl().insertInto(PROV, P_REC, P_FILE, P_LINE, P_PARAGRAPH, P_RAW, P_FINAL, P_TEXT, P_DOCUMENT)
                    .values((Long) null, null, null, null, null, null, null, null));
            rows.provenance.forEach(r -> batch.bind(r.id().value(), r.sourceFile(), r.line(), r.paragraph(), r.rawResponse(),
                    r.responseFinal(), r.sourceText(), r.documentSymbol()));
            batch.execute();
        }
    }

    @Override
    public void forEachText(java.util.function.BiConsumer<RecommendationId, String> visitor) {
        db.dsl().select(ID, TEXT).from(REC).orderBy(ID).fetchSize(2_000)
                .forEach(r -> visitor.accept(new RecommendationId(r.value1()), r.value2()));
    }

    @Override
    public void updateTexts(Map<RecommendationId, String> texts) {
        if (texts.isEmpty()) return;
        var batch = db.dsl().batch(db.dsl().update(REC).set(TEXT, (String) null).where(ID.eq((Long) null)));
        texts.forEach((id, text) -> batch.bind(text, id.value()));
        batch.execute();
    }

    private static <R extends Record> SelectJoinStep<R> joined(org.jooq.SelectSelectStep<R> select) {
        return (SelectJoinStep<R>) select.from(REC).join(REVIEW).on(RV_ID.eq(REVIEW_ID)).join(SESSION).on(S_NUMBER.eq(RV_SESSION));
    }

    private static Condition condition(RecommendationFilter f) {
        Condition c = noCondition();
        if (f.stateUnderReview() != null) c = c.and(RV_STATE.eq(f.stateUnderReview().value()));
        if (f.cycle() != null) c = c.and(S_CYCLE.eq(f.cycle()));
        if (f.session() != null) c = c.and(RV_SESSION.eq(f.session()));
        if (f.response() != null) c = c.and(RESPONSE.eq(f.response().name()));
        if (f.pledges() != null) c = c.and(f.pledges() ? PLEDGE.isTrue() : PLEDGE.isFalse());
        if (!f.recommendingStates().isEmpty()) {
            // IN over the state's rows (index recommending_state_code), not EXISTS per recommendation: "made by KAZ"
            // reads Kazakhstan's thousand rows instead of probing all 160,000 recommendations (300 ms → a few)
            c = c.and(ID.in(select(RS_REC).from(RS).where(RS_STATE.in(f.recommendingStates().stream().map(StateCode::value).toList()))));
        }
        if (f.issue() != null) {
            c = c.and(exists(selectOne().from(LABEL).where(L_REC.eq(ID))
                    .and(L_KIND.eq(LabelKind.ISSUE.name())).and(L_VALUE.equalIgnoreCase(f.issue()))));
        }
        return c;
    }

    @Override
    public List<Recommendation> byIds(Collection<RecommendationId> ids) {
        if (ids.isEmpty()) return List.of();
        List<Long> wanted = ids.stream().map(RecommendationId::value).toList();
        List<Recommendation> found = new ArrayList<>();
        for (int from = 0; from < wanted.size(); from += IN_CHUNK) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + IN_CHUNK));
            found.addAll(rows(joinedSelect().where(ID.in(chunk)).orderBy(ID).fetch()));
        }
        return found;
    }

    @Override
    public List<Recommendation> after(RecommendationId after, int limit) {
        long from = after == null ? Long.MIN_VALUE : after.value();
        return rows(joinedSelect().where(ID.gt(from)).orderBy(ID).limit(limit).fetch());
    }

    private org.jooq.SelectJoinStep<?> joinedSelect() {
        return joined(db.dsl().select(ID, REVIEW_ID, RV_STATE, RV_SESSION, S_CYCLE, PARAGRAPH, TEXT, RESPONSE,
                RESPONSE_FINAL, PLEDGE, ACTION));
    }

    private List<Recommendation> load(Condition condition, PageRequest page) {
        var query = joinedSelect().where(condition).orderBy(RV_SESSION, RV_STATE, ID);
        return rows(page == null ? query.fetch() : query.limit(page.size()).offset(page.offset()).fetch());
    }

    /** Recommendations for the rows, with their recommending states and labels, in the rows' order. */
    private List<Recommendation> rows(List<? extends Record> rows) {
        if (rows.isEmpty()) return List.of();
        List<Long> ids = rows.stream().map(r -> r.get(ID)).toList();
        Map<Long, List<StateCode>> states = new HashMap<>();
        db.dsl().select(RS_REC, RS_STATE).from(RS).where(RS_REC.in(ids)).orderBy(RS_STATE)
                .forEach(r -> states.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(StateCode.of(r.value2())));
        Map<Long, List<Label>> labels = new HashMap<>();
        db.dsl().select(L_REC, L_KIND, L_VALUE, L_ORIGIN, L_CONFIDENCE, L_MODEL).from(LABEL).where(L_REC.in(ids)).orderBy(L_KIND, L_VALUE, L_ORIGIN)
                .forEach(r -> labels.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Label(LabelKind.valueOf(r.value2()), r.value3(), LabelOrigin.valueOf(r.value4()), r.value5(), r.value6())));
        return rows.stream().map(r -> new Recommendation(
                new RecommendationId(r.get(ID)), new ReviewId(r.get(REVIEW_ID)), StateCode.of(r.get(RV_STATE)),
                r.get(RV_SESSION), r.get(S_CYCLE), r.get(PARAGRAPH), r.get(TEXT),
                states.getOrDefault(r.get(ID), List.of()),
                r.get(RESPONSE) == null ? null : Response.valueOf(r.get(RESPONSE)),
                Boolean.TRUE.equals(r.get(RESPONSE_FINAL)), Boolean.TRUE.equals(r.get(PLEDGE)), r.get(ACTION),
                labels.getOrDefault(r.get(ID), List.of()))).toList();
    }
}
