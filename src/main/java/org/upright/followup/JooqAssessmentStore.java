package org.upright.followup;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;
import org.upright.review.ReviewId;
import org.upright.store.Database;

/** {@link AssessmentStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqAssessmentStore implements AssessmentStore {
    private static final Table<?> A = table(name("assessment"));
    private static final Field<Long> ID = field(name("assessment", "id"), Long.class);
    private static final Field<Long> REC = field(name("assessment", "recommendation_id"), Long.class);
    private static final Field<String> ON = field(name("assessment", "assessed_on"), String.class);
    private static final Field<String> STATUS = field(name("assessment", "status"), String.class);
    private static final Field<String> KIND = field(name("assessment", "source_kind"), String.class);
    private static final Field<String> SOURCE = field(name("assessment", "source_name"), String.class);
    private static final Field<String> WORDING = field(name("assessment", "source_wording"), String.class);
    private static final Field<String> URL = field(name("assessment", "evidence_url"), String.class);
    private static final Field<String> PASSAGE = field(name("assessment", "evidence_passage"), String.class);
    private static final Field<Long> DOCUMENT = field(name("assessment", "document_id"), Long.class);
    private static final Field<String> NOTE = field(name("assessment", "note"), String.class);
    private static final Field<String> VISIBILITY = field(name("assessment", "visibility"), String.class);
    private static final Field<String> BY = field(name("assessment", "entered_by"), String.class);
    private static final Field<String> CREATED = field(name("assessment", "created_at"), String.class);
    private static final Field<String> UPDATED = field(name("assessment", "updated_at"), String.class);
    private static final SelectField<?>[] COLUMNS = {ID, REC, ON, STATUS, KIND, SOURCE, WORDING, URL, PASSAGE, DOCUMENT, NOTE,
            VISIBILITY, BY, CREATED, UPDATED};


    private static final Table<?> DUE = table(name("follow_up_due"));
    private static final Field<Long> D_ID = field(name("follow_up_due", "id"), Long.class);
    private static final Field<Long> D_REC = field(name("follow_up_due", "recommendation_id"), Long.class);
    private static final Field<Long> D_REVIEW = field(name("follow_up_due", "review_id"), Long.class);
    private static final Field<String> D_ON = field(name("follow_up_due", "due_on"), String.class);
    private static final Field<String> D_NOTE = field(name("follow_up_due", "note"), String.class);
    private static final Field<String> D_BY = field(name("follow_up_due", "set_by"), String.class);
    private static final Field<String> D_CREATED = field(name("follow_up_due", "created_at"), String.class);

    private final Database db;

    public JooqAssessmentStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Assessment> of(RecommendationId recommendation, Set<Visibility> visible) {
        return db.dsl().select(COLUMNS).from(A).where(REC.eq(recommendation.value()).and(VISIBILITY.in(ids(visible))))
                .orderBy(ON, ID).fetch(JooqAssessmentStore::toAssessment);
    }

    @Override
    public Optional<Assessment> byId(long id) {
        return db.dsl().select(COLUMNS).from(A).where(ID.eq(id)).fetchOptional(JooqAssessmentStore::toAssessment);
    }

    @Override
    public long add(RecommendationId recommendation, AssessmentForm.Checked f, String enteredBy, String now) {
        return db.dsl().insertInto(A, REC, ON, STATUS, KIND, SOURCE, WORDING, URL, PASSAGE, DOCUMENT, NOTE, VISIBILITY, BY, CREATED, UPDATED)
                .values(recommendation.value(), f.date().toString(), f.status().id(), f.sourceKind().id(), f.sourceName(),
                        f.sourceWording(), f.evidenceUrl(), f.evidencePassage(), f.documentId(), f.note(), f.visibility().id(),
                        enteredBy, now, now)
                .returningResult(ID).fetchOne(0, Long.class);
    }

    @Override
    public void update(long id, AssessmentForm.Checked f, String now) {
        db.dsl().update(A).set(ON, f.date().toString()).set(STATUS, f.status().id()).set(KIND, f.sourceKind().id())
                .set(SOURCE, f.sourceName()).set(WORDING, f.sourceWording()).set(URL, f.evidenceUrl())
                .set(PASSAGE, f.evidencePassage()).set(DOCUMENT, f.documentId()).set(NOTE, f.note())
                .set(VISIBILITY, f.visibility().id()).set(UPDATED, now).where(ID.eq(id)).execute();
    }

    @Override
    public Map<RecommendationId, List<Assessment>> ofState(StateCode state, Set<Visibility> visible) {
        Map<RecommendationId, List<Assessment>> out = new LinkedHashMap<>();
        JooqRecordTables.madeTo(db.dsl().select(COLUMNS).from(A), REC, state)
                .and(VISIBILITY.in(ids(visible))).orderBy(REC, ON, ID)
                .fetch(JooqAssessmentStore::toAssessment)
                .forEach(a -> out.computeIfAbsent(a.recommendation(), k -> new java.util.ArrayList<>()).add(a));
        return out;
    }

    @Override
    public long addDue(RecommendationId recommendation, ReviewId review, LocalDate dueOn, String note, String setBy, String now) {
        return db.dsl().insertInto(DUE, D_REC, D_REVIEW, D_ON, D_NOTE, D_BY, D_CREATED)
                .values(recommendation == null ? null : recommendation.value(), review == null ? null : review.value(),
                        dueOn.toString(), note, setBy, now)
                .returningResult(D_ID).fetchOne(0, Long.class);
    }

    @Override
    public List<Due> overdue(LocalDate today, int limit) {
        // met by an assessment of the recommendation, or of any recommendation of the review, entered since it was set
        var met = selectOne().from(A).join(JooqRecordTables.RECOMMENDATION).on(JooqRecordTables.R_ID.eq(REC))
                .where(REC.eq(D_REC).or(JooqRecordTables.R_REVIEW.eq(D_REVIEW))).and(CREATED.ge(D_CREATED));
        return db.dsl().select(D_ID, D_REC, D_REVIEW, D_ON, D_NOTE, D_BY, D_CREATED).from(DUE)
                .where(D_ON.lt(today.toString())).and(notExists(met)).orderBy(D_ON, D_ID).limit(limit)
                .fetch(JooqAssessmentStore::toDue);
    }

    @Override
    public List<Due> dueOf(RecommendationId recommendation, ReviewId review) {
        return db.dsl().select(D_ID, D_REC, D_REVIEW, D_ON, D_NOTE, D_BY, D_CREATED).from(DUE)
                .where(D_REC.eq(recommendation.value()).or(D_REVIEW.eq(review.value()))).orderBy(D_ON, D_ID)
                .fetch(JooqAssessmentStore::toDue);
    }

    private static List<String> ids(Set<Visibility> visible) {
        return visible.stream().map(Visibility::id).toList();
    }

    private static Due toDue(Record r) {
        Long rec = r.get(D_REC);
        Long review = r.get(D_REVIEW);
        return new Due(r.get(D_ID), rec == null ? null : new RecommendationId(rec), review == null ? null : new ReviewId(review),
                LocalDate.parse(r.get(D_ON)), r.get(D_NOTE), r.get(D_BY), r.get(D_CREATED));
    }

    private static Assessment toAssessment(Record r) {
        return new Assessment(r.get(ID), new RecommendationId(r.get(REC)), LocalDate.parse(r.get(ON)),
                ImplementationStatus.parse(r.get(STATUS)).orElse(ImplementationStatus.UNCLEAR),
                SourceKind.parse(r.get(KIND)).orElse(SourceKind.OWN), r.get(SOURCE), r.get(WORDING), r.get(URL),
                r.get(PASSAGE), r.get(DOCUMENT), r.get(NOTE), Visibility.parse(r.get(VISIBILITY)).orElse(Visibility.PRIVATE),
                r.get(BY), r.get(CREATED), r.get(UPDATED));
    }
}
