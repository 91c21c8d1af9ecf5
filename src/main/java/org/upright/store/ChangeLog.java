package org.upright.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.upright.common.ChangeLogWindow;

/**
 * The database's change log: one row per committed change (a topic such as "recommendation" and the ids it touched),
 * written in the change's own transaction, so it exists exactly when the change does. Nodes follow it
 * ({@link ChangeLogFollower}); old rows are pruned.
 */
public final class ChangeLog {
    /** One logged change. */
    public record Entry(long id, String topic, List<Long> ids) {
    }

    public static final String RECOMMENDATION = "recommendation";

    private static final Table<?> LOG = table("change_log");
    private static final Field<Long> ID = field("id", Long.class);
    private static final Field<Long> AT = field("logged_at", Long.class);
    private static final Field<String> TOPIC = field("topic", String.class);
    private static final Field<String> IDS = field("ids", String.class);

    private final Database db;

    ChangeLog(Database db) {
        this.db = db;
    }

    /** Logs that these ids of the topic changed; call inside the transaction that changes them. */
    public void append(String topic, Collection<Long> ids) {
        if (ids.isEmpty()) return;
        String list = ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        db.transaction(() -> {
            db.dsl().insertInto(LOG, AT, TOPIC, IDS).values(System.currentTimeMillis(), topic, list).execute();
        });
    }

    /** The changes logged after this id, oldest first, at most {@code limit}. */
    public List<Entry> after(long id, int limit) {
        return db.dsl().select(ID, AT, TOPIC, IDS).from(LOG).where(ID.gt(id)).orderBy(ID).limit(limit).fetch(ChangeLog::entry);
    }

    /** The changes with these ids that exist now (an id taken by a transaction that has not committed yet is absent). */
    public List<Entry> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.dsl().select(ID, AT, TOPIC, IDS).from(LOG).where(ID.in(ids)).orderBy(ID).fetch(ChangeLog::entry);
    }

    public ChangeLogWindow window() {
        var r = db.dsl().select(min(ID), max(ID)).from(LOG).fetchOne();
        return r == null || r.value2() == null ? ChangeLogWindow.EMPTY : new ChangeLogWindow(r.value1(), r.value2());
    }

    /** Deletes the changes logged before the instant; returns how many. */
    public int prune(Instant before) {
        return db.dsl().deleteFrom(LOG).where(AT.lt(before.toEpochMilli())).execute();
    }

    private static Entry entry(Record4<Long, Long, String, String> r) {
        List<Long> ids = new ArrayList<>();
        for (String s : r.value4().split(",")) if (!s.isBlank()) ids.add(Long.parseLong(s.strip()));
        return new Entry(r.value1(), r.value3(), List.copyOf(ids));
    }
}
