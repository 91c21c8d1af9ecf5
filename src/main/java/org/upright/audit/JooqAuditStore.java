package org.upright.audit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.store.Database;

/** {@link AuditStore} on jOOQ: inserts and selects on audit_log, nothing else. */
public final class JooqAuditStore implements AuditStore {
    private static final Table<?> LOG = table(name("audit_log"));
    private static final Field<Long> ID = field(name("audit_log", "id"), Long.class);
    private static final Field<String> AT = field(name("audit_log", "at"), String.class);
    private static final Field<String> ACTOR = field(name("audit_log", "actor"), String.class);
    private static final Field<Long> ACTOR_ID = field(name("audit_log", "actor_id"), Long.class);
    private static final Field<String> ACTION = field(name("audit_log", "action"), String.class);
    private static final Field<String> TARGET = field(name("audit_log", "target"), String.class);
    private static final Field<String> ADDRESS = field(name("audit_log", "address"), String.class);
    private static final Field<String> BEFORE = field(name("audit_log", "before_json"), String.class);
    private static final Field<String> AFTER = field(name("audit_log", "after_json"), String.class);
    private static final Field<String> DETAILS = field(name("audit_log", "details"), String.class);
    private static final int BATCH = 1000;

    private final Database db;

    public JooqAuditStore(Database db) {
        this.db = db;
    }

    @Override
    public void append(AuditEntry e) {
        db.dsl().insertInto(LOG, AT, ACTOR, ACTOR_ID, ACTION, TARGET, ADDRESS, BEFORE, AFTER, DETAILS)
                .values(e.at(), e.actor(), e.actorId(), e.action(), e.target(), e.address(), e.before(), e.after(), e.details())
                .execute();
    }

    @Override
    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        Condition where = condition(filter);
        long total = db.dsl().selectCount().from(LOG).where(where).fetchOne(0, Long.class);
        List<AuditEntry> items = db.dsl().select(ID, AT, ACTOR, ACTOR_ID, ACTION, TARGET, ADDRESS, BEFORE, AFTER, DETAILS)
                .from(LOG).where(where).orderBy(ID.desc()).limit(page.size()).offset(page.offset())
                .fetch(JooqAuditStore::entry);
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public void forEach(AuditFilter filter, Consumer<AuditEntry> row) {
        Condition where = condition(filter);
        long after = 0;
        while (true) {
            List<AuditEntry> batch = db.dsl().select(ID, AT, ACTOR, ACTOR_ID, ACTION, TARGET, ADDRESS, BEFORE, AFTER, DETAILS)
                    .from(LOG).where(where).and(ID.gt(after)).orderBy(ID).limit(BATCH).fetch(JooqAuditStore::entry);
            batch.forEach(row);
            if (batch.size() < BATCH) return;
            after = batch.getLast().id();
        }
    }

    @Override
    public List<String> actions() {
        return db.dsl().selectDistinct(ACTION).from(LOG).orderBy(ACTION).fetch(ACTION);
    }

    private static Condition condition(AuditFilter f) {
        Condition c = noCondition();
        if (present(f.actor())) c = c.and(ACTOR.eq(f.actor().strip()));
        if (present(f.action())) c = c.and(ACTION.eq(f.action().strip()).or(ACTION.startsWith(f.action().strip() + ".")));
        if (present(f.from())) c = c.and(AT.ge(f.from().strip()));
        // instants are ISO text, so everything on the last day sorts before the next day's date
        if (present(f.to())) c = c.and(AT.lt(java.time.LocalDate.parse(f.to().strip()).plusDays(1).toString()));
        if (present(f.text())) {
            String t = f.text().strip();
            c = c.and(TARGET.containsIgnoreCase(t).or(DETAILS.containsIgnoreCase(t)).or(BEFORE.containsIgnoreCase(t))
                    .or(AFTER.containsIgnoreCase(t)));
        }
        return c;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get(ID), r.get(AT), r.get(ACTOR), r.get(ACTOR_ID), r.get(ACTION), r.get(TARGET), r.get(ADDRESS),
                r.get(BEFORE), r.get(AFTER), r.get(DETAILS));
    }
}
