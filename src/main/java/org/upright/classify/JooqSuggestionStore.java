package org.upright.classify;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.RecommendationId;
import org.upright.store.ChangeLog;
import org.upright.store.Database;

/** {@link SuggestionStore} on jOOQ: the label table's MACHINE rows, action_suggestion and label_rejection. */
public final class JooqSuggestionStore implements SuggestionStore {
    private static final Table<?> LABEL = table(name("label"));
    private static final Field<Long> L_REC = field(name("label", "recommendation_id"), Long.class);
    private static final Field<String> L_KIND = field(name("label", "kind"), String.class);
    private static final Field<String> L_VALUE = field(name("label", "value"), String.class);
    private static final Field<String> L_ORIGIN = field(name("label", "origin"), String.class);
    private static final Field<Double> L_CONF = field(name("label", "confidence"), Double.class);
    private static final Field<String> L_MODEL = field(name("label", "model_version"), String.class);

    private static final Table<?> ACTION = table(name("action_suggestion"));
    private static final Field<Long> A_REC = field(name("action_suggestion", "recommendation_id"), Long.class);
    private static final Field<Integer> A_CAT = field(name("action_suggestion", "category"), Integer.class);
    private static final Field<Double> A_CONF = field(name("action_suggestion", "confidence"), Double.class);
    private static final Field<String> A_MODEL = field(name("action_suggestion", "model_version"), String.class);

    private static final Table<?> REJ = table(name("label_rejection"));
    private static final Field<Long> R_REC = field(name("label_rejection", "recommendation_id"), Long.class);
    private static final Field<String> R_KIND = field(name("label_rejection", "kind"), String.class);
    private static final Field<String> R_VALUE = field(name("label_rejection", "value"), String.class);
    private static final Field<String> R_AT = field(name("label_rejection", "rejected_at"), String.class);

    private static final Table<?> REC = table(name("recommendation"));
    private static final Field<Long> REC_ID = field(name("recommendation", "id"), Long.class);
    private static final Field<Integer> REC_ACTION = field(name("recommendation", "action_category"), Integer.class);

    private static final String MACHINE = LabelOrigin.MACHINE.name();
    private static final int CHUNK = 500;

    private final Database db;

    public JooqSuggestionStore(Database db) {
        this.db = db;
    }

    @Override
    public void save(List<Suggested> suggestions) {
        if (suggestions.isEmpty()) return;
        db.transaction(() -> {
            var delete = db.dsl().batch(db.dsl().deleteFrom(LABEL).where(L_REC.eq((Long) null)).and(L_KIND.eq((String) null))
                    .and(L_ORIGIN.eq(MACHINE)));
            var insert = db.dsl().batch(db.dsl().insertInto(LABEL, L_REC, L_KIND, L_VALUE, L_ORIGIN, L_CONF, L_MODEL)
                    .values((Long) null, null, null, null, null, null).onConflictDoNothing());
            var deleteAction = db.dsl().batch(db.dsl().deleteFrom(ACTION).where(A_REC.eq((Long) null)));
            var insertAction = db.dsl().batch(db.dsl().insertInto(ACTION, A_REC, A_CAT, A_CONF, A_MODEL)
                    .values((Long) null, null, null, null));
            int deletes = 0, inserts = 0, actions = 0;
            for (Suggested s : suggestions) {
                for (LabelKind k : s.kinds()) {
                    // every bind value of the statement, the origin too: PostgreSQL refuses a missing one (SQLite took it for NULL)
                    delete.bind(s.id().value(), k.name(), MACHINE);
                    deletes++;
                }
                for (Labelled l : s.labels()) {
                    insert.bind(s.id().value(), l.kind().name(), l.value(), MACHINE, l.confidence(), s.modelVersion());
                    inserts++;
                }
                if (s.action() != null) {
                    deleteAction.bind(s.id().value());
                    insertAction.bind(s.id().value(), Integer.parseInt(s.action().value()), s.action().confidence(), s.modelVersion());
                    actions++;
                }
            }
            if (deletes > 0) delete.execute();
            if (inserts > 0) insert.execute();
            if (actions > 0) {
                deleteAction.execute();
                insertAction.execute();
            }
            logChanged(suggestions.stream().map(x -> x.id().value()).toList());
        });
    }

    @Override
    public Set<Long> suggestedBy(String modelVersion) {
        Set<Long> ids = new HashSet<>(db.dsl().selectDistinct(L_REC).from(LABEL).where(L_MODEL.eq(modelVersion)).fetch(L_REC));
        ids.addAll(db.dsl().select(A_REC).from(ACTION).where(A_MODEL.eq(modelVersion)).fetch(A_REC));
        return ids;
    }

    @Override
    public Map<Long, Set<String>> rejections(Collection<RecommendationId> ids) {
        Map<Long, Set<String>> out = new HashMap<>();
        List<Long> wanted = ids.stream().map(RecommendationId::value).toList();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            db.dsl().select(R_REC, R_KIND, R_VALUE).from(REJ).where(R_REC.in(wanted.subList(from, Math.min(wanted.size(), from + CHUNK))))
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2() + "|" + r.value3()));
        }
        return out;
    }

    @Override
    public Optional<ActionSuggestion> actionSuggestion(RecommendationId id) {
        return db.dsl().select(A_CAT, A_CONF, A_MODEL).from(ACTION).where(A_REC.eq(id.value()))
                .fetchOptional(r -> new ActionSuggestion(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public Map<String, ActionSuggestion> machineLabels(RecommendationId id) {
        Map<String, ActionSuggestion> out = new HashMap<>();
        db.dsl().select(L_KIND, L_VALUE, L_CONF, L_MODEL).from(LABEL).where(L_REC.eq(id.value())).and(L_ORIGIN.eq(MACHINE))
                .forEach(r -> out.put(r.value1() + "|" + r.value2(), new ActionSuggestion(0, r.value3() == null ? 0 : r.value3(), r.value4())));
        return out;
    }

    @Override
    public void accept(RecommendationId id, LabelKind kind, String value) {
        db.transaction(() -> {
            db.dsl().deleteFrom(LABEL).where(L_REC.eq(id.value())).and(L_KIND.eq(kind.name())).and(L_VALUE.eq(value))
                    .and(L_ORIGIN.eq(MACHINE)).execute();
            db.dsl().deleteFrom(REJ).where(R_REC.eq(id.value())).and(R_KIND.eq(kind.name())).and(R_VALUE.eq(value)).execute();
            db.dsl().insertInto(LABEL, L_REC, L_KIND, L_VALUE, L_ORIGIN).values(id.value(), kind.name(), value, LabelOrigin.PERSON.name())
                    .onConflictDoNothing().execute();
            logChanged(List.of(id.value()));
        });
    }

    @Override
    public void reject(RecommendationId id, LabelKind kind, String value) {
        db.transaction(() -> {
            db.dsl().deleteFrom(LABEL).where(L_REC.eq(id.value())).and(L_KIND.eq(kind.name())).and(L_VALUE.eq(value))
                    .and(L_ORIGIN.eq(MACHINE)).execute();
            db.dsl().insertInto(REJ, R_REC, R_KIND, R_VALUE, R_AT).values(id.value(), kind.name(), value, Instant.now().toString())
                    .onConflictDoNothing().execute();
            logChanged(List.of(id.value()));
        });
    }

    @Override
    public boolean acceptAction(RecommendationId id, int category) {
        return db.transaction(() -> {
            int changed = db.dsl().update(REC).set(REC_ACTION, category).where(REC_ID.eq(id.value())).and(REC_ACTION.isNull()).execute();
            db.dsl().deleteFrom(ACTION).where(A_REC.eq(id.value())).execute();
            logChanged(List.of(id.value()));
            return changed > 0;
        });
    }

    @Override
    public void rejectAction(RecommendationId id, int category) {
        db.transaction(() -> {
            db.dsl().deleteFrom(ACTION).where(A_REC.eq(id.value())).and(A_CAT.eq(category)).execute();
            db.dsl().insertInto(REJ, R_REC, R_KIND, R_VALUE, R_AT).values(id.value(), "ACTION", String.valueOf(category), Instant.now().toString())
                    .onConflictDoNothing().execute();
            logChanged(List.of(id.value()));
        });
    }

    /** In the writing transaction: other nodes learn of the change from the database's change log. */
    private void logChanged(List<Long> ids) {
        db.changeLog().append(ChangeLog.RECOMMENDATION, ids);
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        db.dsl().select(L_KIND, org.jooq.impl.DSL.count()).from(LABEL).where(L_ORIGIN.eq(MACHINE)).groupBy(L_KIND)
                .forEach(r -> out.put(r.value1(), r.value2().longValue()));
        out.put("ACTION", db.dsl().selectCount().from(ACTION).fetchOne(0, Long.class));
        return out;
    }

    static List<Long> ids(Collection<RecommendationId> ids) {
        return new ArrayList<>(ids.stream().map(RecommendationId::value).toList());
    }
}
