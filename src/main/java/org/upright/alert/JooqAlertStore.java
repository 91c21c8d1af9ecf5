package org.upright.alert;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link AlertStore} on jOOQ, the same SQL for SQLite and PostgreSQL; the unique (subscriber, key) makes an alert once. */
public final class JooqAlertStore implements AlertStore {
    private static final Table<?> ALERT = table(name("subscriber_alert"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<Long> SUBSCRIBER = field(name("subscriber_id"), Long.class);
    private static final Field<String> KEY = field(name("alert_key"), String.class);
    private static final Field<String> KIND = field(name("kind"), String.class);
    private static final Field<String> TITLE = field(name("title"), String.class);
    private static final Field<String> BODY = field(name("body"), String.class);
    private static final Field<String> PATH = field(name("path"), String.class);
    private static final Field<String> BECAUSE = field(name("because"), String.class);
    private static final Field<String> CREATED = field(name("created_at"), String.class);
    private static final Field<String> MAILED = field(name("mailed_at"), String.class);

    private final Database db;

    public JooqAlertStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Long> add(long subscriber, String key, AlertKind kind, String title, String text, String path, String because, String now) {
        // not RETURNING: on SQLite an insert that did nothing would still hand back the last id inserted
        int added = db.dsl().insertInto(ALERT, SUBSCRIBER, KEY, KIND, TITLE, BODY, PATH, BECAUSE, CREATED)
                .values(subscriber, key, kind.id(), title, text, path, because, now).onConflictDoNothing().execute();
        if (added == 0) return Optional.empty();
        return db.dsl().select(ID).from(ALERT).where(SUBSCRIBER.eq(subscriber)).and(KEY.eq(key)).fetchOptional(ID);
    }

    @Override
    public List<Alert> unmailed(long subscriber) {
        return db.dsl().select(ID, SUBSCRIBER, KEY, KIND, TITLE, BODY, PATH, BECAUSE, CREATED).from(ALERT)
                .where(SUBSCRIBER.eq(subscriber)).and(MAILED.isNull()).orderBy(ID)
                .fetch(r -> new Alert(r.value1(), r.value2(), r.value3(), AlertKind.of(r.value4()), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9()));
    }

    @Override
    public void mailed(List<Long> ids, String now) {
        if (!ids.isEmpty()) db.dsl().update(ALERT).set(MAILED, now).where(ID.in(ids)).execute();
    }

    @Override
    public void forget(long subscriber) {
        db.dsl().deleteFrom(ALERT).where(SUBSCRIBER.eq(subscriber)).execute();
    }
}
