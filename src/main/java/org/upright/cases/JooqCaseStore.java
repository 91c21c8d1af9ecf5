package org.upright.cases;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/** {@link CaseStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqCaseStore implements CaseStore {
    private static final Table<?> CASES = table(name("cases"));
    private static final Field<Long> ID = field(name("cases", "id"), Long.class);
    private static final Field<String> NAME = field(name("cases", "name"), String.class);
    private static final Field<String> STATE = field(name("cases", "state_code"), String.class);
    private static final Field<String> STATUS = field(name("cases", "status"), String.class);
    private static final Field<String> SUMMARY = field(name("cases", "summary"), String.class);
    private static final Field<String> VISIBILITY = field(name("cases", "visibility"), String.class);
    private static final Field<String> CREATED = field(name("cases", "created_at"), String.class);
    private static final Field<String> UPDATED = field(name("cases", "updated_at"), String.class);
    private static final Field<String> SEARCH_TEXT = field(name("cases", "search_text"), String.class);

    private static final Table<?> EVENT = table(name("case_event"));
    private static final Field<Long> E_ID = field(name("case_event", "id"), Long.class);
    private static final Field<Long> E_CASE = field(name("case_event", "case_id"), Long.class);
    private static final Field<String> E_ON = field(name("case_event", "happened_on"), String.class);
    private static final Field<String> E_TEXT = field(name("case_event", "text"), String.class);

    private static final Table<?> SOURCE = table(name("case_source"));
    private static final Field<Long> S_ID = field(name("case_source", "id"), Long.class);
    private static final Field<Long> S_CASE = field(name("case_source", "case_id"), Long.class);
    private static final Field<String> S_NAME = field(name("case_source", "name"), String.class);
    private static final Field<String> S_NOTE = field(name("case_source", "note"), String.class);
    private static final Field<String> S_VISIBILITY = field(name("case_source", "visibility"), String.class);

    private static final Table<?> LINK = table(name("case_recommendation"));
    private static final Field<Long> L_CASE = field(name("case_recommendation", "case_id"), Long.class);
    private static final Field<Long> L_REC = field(name("case_recommendation", "recommendation_id"), Long.class);

    private final Database db;

    public JooqCaseStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Case> byId(CaseId id) {
        return db.dsl().select(ID, NAME, STATE, STATUS, SUMMARY, VISIBILITY, CREATED, UPDATED).from(CASES)
                .where(ID.eq(id.value())).fetchOptional(JooqCaseStore::toCase);
    }

    @Override
    public List<Case> find(Set<Visibility> visible, StateCode state, List<String> words, int limit) {
        Condition where = visibleIn(VISIBILITY, visible).and(state == null ? noCondition() : STATE.eq(state.value()));
        for (String w : words) {
            // the words are folded as search_text is, so plain contains(): it binds the word and escapes % and _
            where = where.and(SEARCH_TEXT.contains(w));
        }
        return db.dsl().select(ID, NAME, STATE, STATUS, SUMMARY, VISIBILITY, CREATED, UPDATED).from(CASES).where(where)
                .orderBy(UPDATED.desc(), ID.desc()).limit(limit).fetch(JooqCaseStore::toCase);
    }

    @Override
    public long count(Set<Visibility> visible, StateCode state) {
        return db.dsl().selectCount().from(CASES)
                .where(visibleIn(VISIBILITY, visible).and(state == null ? noCondition() : STATE.eq(state.value())))
                .fetchOne(0, Long.class);
    }

    @Override
    public CaseId create(CaseForm.Checked form, String now) {
        Long id = db.dsl().insertInto(CASES, NAME, STATE, STATUS, SUMMARY, VISIBILITY, CREATED, UPDATED)
                .values(form.name(), form.state().value(), form.status(), form.summary(), form.visibility().id(), now, now)
                .returningResult(ID).fetchOne(0, Long.class);
        return new CaseId(id);
    }

    @Override
    public void update(CaseId id, CaseForm.Checked form, String now) {
        db.dsl().update(CASES).set(NAME, form.name()).set(STATE, form.state().value()).set(STATUS, form.status())
                .set(SUMMARY, form.summary()).set(VISIBILITY, form.visibility().id()).set(UPDATED, now)
                .where(ID.eq(id.value())).execute();
    }

    @Override
    public List<CaseEvent> timeline(CaseId id) {
        return db.dsl().select(E_ID, E_ON, E_TEXT).from(EVENT).where(E_CASE.eq(id.value())).orderBy(E_ON, E_ID)
                .fetch(r -> new CaseEvent(r.get(E_ID), r.get(E_ON), r.get(E_TEXT)));
    }

    @Override
    public long addEvent(CaseId id, String happenedOn, String text, String now) {
        long eventId = db.dsl().insertInto(EVENT, E_CASE, E_ON, E_TEXT).values(id.value(), happenedOn, text)
                .returningResult(E_ID).fetchOne(0, Long.class);
        touch(id, now);
        return eventId;
    }

    @Override
    public List<CaseSource> sources(CaseId id, Set<Visibility> visible) {
        return db.dsl().select(S_ID, S_NAME, S_NOTE, S_VISIBILITY).from(SOURCE)
                .where(S_CASE.eq(id.value()).and(visibleIn(S_VISIBILITY, visible))).orderBy(S_ID)
                .fetch(r -> new CaseSource(r.get(S_ID), r.get(S_NAME), r.get(S_NOTE), visibility(r.get(S_VISIBILITY))));
    }

    @Override
    public long addSource(CaseId id, String sourceName, String note, Visibility visibility, String now) {
        long sourceId = db.dsl().insertInto(SOURCE, S_CASE, S_NAME, S_NOTE, S_VISIBILITY)
                .values(id.value(), sourceName, note, visibility.id()).returningResult(S_ID).fetchOne(0, Long.class);
        touch(id, now);
        return sourceId;
    }

    @Override
    public List<RecommendationId> recommendations(CaseId id) {
        return db.dsl().select(L_REC).from(LINK).where(L_CASE.eq(id.value())).orderBy(L_REC)
                .fetch(r -> new RecommendationId(r.get(L_REC)));
    }

    @Override
    public boolean link(CaseId id, RecommendationId recommendation, String now) {
        boolean linked = db.dsl().fetchExists(LINK, L_CASE.eq(id.value()).and(L_REC.eq(recommendation.value())));
        if (linked) return false;
        db.dsl().insertInto(LINK, L_CASE, L_REC).values(id.value(), recommendation.value()).execute();
        touch(id, now);
        return true;
    }

    @Override
    public List<Case> bearingOn(RecommendationId recommendation, Set<Visibility> visible) {
        return db.dsl().select(ID, NAME, STATE, STATUS, SUMMARY, VISIBILITY, CREATED, UPDATED).from(CASES)
                .join(LINK).on(L_CASE.eq(ID))
                .where(L_REC.eq(recommendation.value()).and(visibleIn(VISIBILITY, visible))).orderBy(NAME, ID)
                .fetch(JooqCaseStore::toCase);
    }

    @Override
    public List<Case> concerning(StateCode state, Set<Visibility> visible, int limit) {
        Table<?> rec = table(name("recommendation"));
        Table<?> review = table(name("review"));
        Condition linkedToState = ID.in(selectDistinct(L_CASE).from(LINK)
                .join(rec).on(field(name("recommendation", "id"), Long.class).eq(L_REC))
                .join(review).on(field(name("review", "id"), Long.class).eq(field(name("recommendation", "review_id"), Long.class)))
                .where(field(name("review", "state_code"), String.class).eq(state.value())));
        return db.dsl().select(ID, NAME, STATE, STATUS, SUMMARY, VISIBILITY, CREATED, UPDATED).from(CASES)
                .where(visibleIn(VISIBILITY, visible).and(STATE.eq(state.value()).or(linkedToState)))
                .orderBy(NAME, ID).limit(limit).fetch(JooqCaseStore::toCase);
    }

    @Override
    public void delete(CaseId id) {
        db.dsl().deleteFrom(LINK).where(L_CASE.eq(id.value())).execute();
        db.dsl().deleteFrom(SOURCE).where(S_CASE.eq(id.value())).execute();
        db.dsl().deleteFrom(EVENT).where(E_CASE.eq(id.value())).execute();
        db.dsl().deleteFrom(CASES).where(ID.eq(id.value())).execute();
    }

    @Override
    public void setSearchText(CaseId id, String folded) {
        db.dsl().update(CASES).set(SEARCH_TEXT, folded).where(ID.eq(id.value())).execute();
    }

    @Override
    public List<CaseId> withoutSearchText() {
        return db.dsl().select(ID).from(CASES).where(SEARCH_TEXT.isNull()).orderBy(ID).fetch(r -> new CaseId(r.get(ID)));
    }

    private void touch(CaseId id, String now) {
        db.dsl().update(CASES).set(UPDATED, now).where(ID.eq(id.value())).execute();
    }

    private static Condition visibleIn(Field<String> column, Set<Visibility> visible) {
        return column.in(visible.stream().map(Visibility::id).toList());
    }

    private static Visibility visibility(String id) {
        return Visibility.parse(id).orElse(Visibility.PRIVATE);
    }

    private static Case toCase(Record r) {
        return new Case(new CaseId(r.get(ID)), r.get(NAME), StateCode.of(r.get(STATE)), r.get(STATUS), r.get(SUMMARY),
                visibility(r.get(VISIBILITY)), r.get(CREATED), r.get(UPDATED));
    }
}
