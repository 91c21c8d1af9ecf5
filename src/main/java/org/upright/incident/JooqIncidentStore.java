package org.upright.incident;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.evidence.Link;
import org.upright.store.Database;

/** {@link IncidentStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqIncidentStore implements IncidentStore {
    private static final Table<?> INCIDENT = table(name("incident"));
    private static final Field<Long> ID = field(name("incident", "id"), Long.class);
    private static final Field<Long> DOC = field(name("incident", "document_id"), Long.class);
    private static final Field<String> STATE = field(name("incident", "state_code"), String.class);
    private static final Field<String> KIND = field(name("incident", "kind"), String.class);
    private static final Field<String> WHAT = field(name("incident", "what"), String.class);
    private static final Field<String> PLACE = field(name("incident", "place"), String.class);
    private static final Field<String> FROM = field(name("incident", "date_from"), String.class);
    private static final Field<String> TO = field(name("incident", "date_to"), String.class);
    private static final Field<String> PRECISION = field(name("incident", "precision"), String.class);
    private static final Field<String> COUNT_TEXT = field(name("incident", "count_text"), String.class);
    private static final Field<Integer> COUNT_MIN = field(name("incident", "count_min"), Integer.class);
    private static final Field<Integer> COUNT_MAX = field(name("incident", "count_max"), Integer.class);
    private static final Field<String> VISIBILITY = field(name("incident", "visibility"), String.class);
    private static final Field<String> CREATED = field(name("incident", "created_at"), String.class);
    private static final Table<?> LINK = table(name("incident_recommendation"));
    private static final Field<Long> L_INCIDENT = field(name("incident_recommendation", "incident_id"), Long.class);
    private static final Field<Long> L_REC = field(name("incident_recommendation", "recommendation_id"), Long.class);
    private static final Field<Double> L_SCORE = field(name("incident_recommendation", "score"), Double.class);

    private final Database db;

    public JooqIncidentStore(Database db) {
        this.db = db;
    }

    @Override
    public IncidentId create(Incident i, List<Link> recommendations) {
        Long id = db.dsl().insertInto(INCIDENT, DOC, STATE, KIND, WHAT, PLACE, FROM, TO, PRECISION, COUNT_TEXT, COUNT_MIN, COUNT_MAX,
                        VISIBILITY, CREATED)
                .values(i.document(), i.state() == null ? null : i.state().value(), i.kind(), i.what(), i.place(), i.dateFrom(),
                        i.dateTo(), i.precision(), i.countText(), i.countMin(), i.countMax(), i.visibility().id(), i.createdAt())
                .returningResult(ID).fetchOne(0, Long.class);
        for (Link l : recommendations) db.dsl().insertInto(LINK, L_INCIDENT, L_REC, L_SCORE).values(id, l.recommendation(), l.score()).execute();
        return new IncidentId(id);
    }

    @Override
    public Optional<Incident> byId(IncidentId id) {
        return db.dsl().select(ID, DOC, STATE, KIND, WHAT, PLACE, FROM, TO, PRECISION, COUNT_TEXT, COUNT_MIN, COUNT_MAX, VISIBILITY, CREATED)
                .from(INCIDENT).where(ID.eq(id.value())).fetchOptional(JooqIncidentStore::toIncident);
    }

    @Override
    public List<Incident> find(Set<Visibility> visible, StateCode state, int limit) {
        return db.dsl().select(ID, DOC, STATE, KIND, WHAT, PLACE, FROM, TO, PRECISION, COUNT_TEXT, COUNT_MIN, COUNT_MAX, VISIBILITY, CREATED)
                .from(INCIDENT).where(VISIBILITY.in(visible.stream().map(Visibility::id).toList())
                        .and(state == null ? noCondition() : STATE.eq(state.value())))
                .orderBy(FROM.desc(), ID.desc()).limit(limit).fetch(JooqIncidentStore::toIncident);
    }

    @Override
    public List<Link> recommendations(IncidentId id) {
        return db.dsl().select(L_REC, L_SCORE).from(LINK).where(L_INCIDENT.eq(id.value())).orderBy(L_SCORE.desc())
                .fetch(r -> new Link(r.get(L_REC), r.get(L_SCORE)));
    }

    private static Incident toIncident(Record r) {
        return new Incident(new IncidentId(r.get(ID)), r.get(DOC), r.get(STATE) == null ? null : StateCode.of(r.get(STATE)), r.get(KIND),
                r.get(WHAT), r.get(PLACE), r.get(FROM), r.get(TO), r.get(PRECISION), r.get(COUNT_TEXT), r.get(COUNT_MIN), r.get(COUNT_MAX),
                Visibility.parse(r.get(VISIBILITY)).orElse(Visibility.PRIVATE), r.get(CREATED));
    }
}
