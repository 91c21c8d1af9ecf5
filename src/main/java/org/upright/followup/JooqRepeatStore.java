package org.upright.followup;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/** {@link RepeatStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqRepeatStore implements RepeatStore {
    /** Ids per IN list, well under either database's limit on bound values. */
    private static final int CHUNK = 500;

    private static final Table<?> L = table(name("repeat_link"));
    private static final Field<Long> EARLIER = field(name("repeat_link", "earlier_id"), Long.class);
    private static final Field<Long> LATER = field(name("repeat_link", "later_id"), Long.class);
    private static final Field<Double> SCORE = field(name("repeat_link", "score"), Double.class);
    private static final Field<Double> TEXT_SCORE = field(name("repeat_link", "text_score"), Double.class);
    private static final Field<Integer> SHARED = field(name("repeat_link", "shared_labels"), Integer.class);
    private static final Field<String> DECISION = field(name("repeat_link", "decision"), String.class);
    private static final Field<String> DECIDED_BY = field(name("repeat_link", "decided_by"), String.class);
    private static final Field<String> DECIDED_AT = field(name("repeat_link", "decided_at"), String.class);
    private static final Field<String> LINKED_AT = field(name("repeat_link", "linked_at"), String.class);
    private static final SelectField<?>[] COLUMNS = {EARLIER, LATER, SCORE, TEXT_SCORE, SHARED, DECISION, DECIDED_BY, DECIDED_AT};

    private static final Table<?> RUN = table(name("repeat_linking"));
    private static final Field<String> RUN_AT = field(name("repeat_linking", "finished_at"), String.class);
    private static final Field<Integer> RUN_RECS = field(name("repeat_linking", "recommendations"), Integer.class);
    private static final Field<Integer> RUN_LINKS = field(name("repeat_linking", "links"), Integer.class);
    private static final Field<Long> RUN_MS = field(name("repeat_linking", "took_ms"), Long.class);


    private final Database db;

    public JooqRepeatStore(Database db) {
        this.db = db;
    }

    @Override
    public List<RepeatLink> of(RecommendationId recommendation) {
        long id = recommendation.value();
        return db.dsl().select(COLUMNS).from(L).where(EARLIER.eq(id).or(LATER.eq(id)))
                .orderBy(SCORE.desc(), EARLIER, LATER).fetch(JooqRepeatStore::toLink);
    }

    @Override
    public List<RepeatLink> ofState(StateCode state) {
        return JooqRecordTables.madeTo(db.dsl().select(COLUMNS).from(L), LATER, state)
                .orderBy(SCORE.desc(), EARLIER, LATER).fetch(JooqRepeatStore::toLink);
    }

    @Override
    public Optional<RepeatLink> link(RecommendationId earlier, RecommendationId later) {
        return db.dsl().select(COLUMNS).from(L).where(EARLIER.eq(earlier.value()).and(LATER.eq(later.value())))
                .fetchOptional(JooqRepeatStore::toLink);
    }

    @Override
    public void replaceFound(Collection<RecommendationId> later, Collection<RepeatLink> found, String now) {
        Set<List<Long>> decided = new HashSet<>();
        List<Long> ids = later.stream().map(RecommendationId::value).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.dsl().deleteFrom(L).where(LATER.in(chunk).and(DECISION.isNull())).execute();
            db.dsl().select(EARLIER, LATER).from(L).where(LATER.in(chunk))
                    .forEach(r -> decided.add(List.of(r.value1(), r.value2())));
        }
        List<Query> writes = new ArrayList<>();
        for (RepeatLink link : found) {
            if (decided.contains(List.of(link.earlier().value(), link.later().value()))) {
                writes.add(db.dsl().update(L).set(SCORE, link.score()).set(TEXT_SCORE, link.textScore())
                        .set(SHARED, link.sharedLabels()).set(LINKED_AT, now)
                        .where(EARLIER.eq(link.earlier().value()).and(LATER.eq(link.later().value()))));
            } else {
                writes.add(db.dsl().insertInto(L, EARLIER, LATER, SCORE, TEXT_SCORE, SHARED, LINKED_AT)
                        .values(link.earlier().value(), link.later().value(), link.score(), link.textScore(), link.sharedLabels(), now));
            }
        }
        if (!writes.isEmpty()) db.dsl().batch(writes).execute();
    }

    @Override
    public void decide(RecommendationId earlier, RecommendationId later, RepeatLink.Decision decision, String by, String at) {
        db.dsl().update(L).set(DECISION, decision.id()).set(DECIDED_BY, by).set(DECIDED_AT, at)
                .where(EARLIER.eq(earlier.value()).and(LATER.eq(later.value()))).execute();
    }

    @Override
    public void recordRun(String finishedAt, int recommendations, int links, long tookMs) {
        db.dsl().insertInto(RUN, RUN_AT, RUN_RECS, RUN_LINKS, RUN_MS).values(finishedAt, recommendations, links, tookMs).execute();
    }

    @Override
    public Optional<String> lastRun() {
        return db.dsl().select(RUN_AT).from(RUN).orderBy(RUN_AT.desc()).limit(1).fetchOptional(RUN_AT);
    }

    @Override
    public Set<RecommendationId> repeatingOf(StateCode state) {
        Set<RecommendationId> ids = new HashSet<>();
        JooqRecordTables.madeTo(db.dsl().selectDistinct(LATER).from(L), LATER, state)
                .and(DECISION.isNull().or(DECISION.ne(RepeatLink.Decision.REJECTED.id())))
                .forEach(r -> ids.add(new RecommendationId(r.value1())));
        return ids;
    }

    private static RepeatLink toLink(Record r) {
        String decision = r.get(DECISION);
        return new RepeatLink(new RecommendationId(r.get(EARLIER)), new RecommendationId(r.get(LATER)), r.get(SCORE),
                r.get(TEXT_SCORE), r.get(SHARED), decision == null ? null : RepeatLink.Decision.parse(decision),
                r.get(DECIDED_BY), r.get(DECIDED_AT));
    }
}
