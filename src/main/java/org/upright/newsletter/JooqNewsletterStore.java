package org.upright.newsletter;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link NewsletterStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqNewsletterStore implements NewsletterStore {
    private static final Table<?> NEWSLETTER = table(name("newsletter"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<String> SUBJECT = field(name("subject"), String.class);
    private static final Field<String> BODY = field(name("body"), String.class);
    private static final Field<String> SEGMENT_KIND = field(name("segment_kind"), String.class);
    private static final Field<String> SEGMENT_VALUE = field(name("segment_value"), String.class);
    private static final Field<String> STATUS = field(name("status"), String.class);
    private static final Field<String> CREATED_BY = field(name("created_by"), String.class);
    private static final Field<String> CREATED_AT = field(name("created_at"), String.class);
    private static final Field<String> UPDATED_AT = field(name("updated_at"), String.class);
    private static final Field<String> SENT_BY = field(name("sent_by"), String.class);
    private static final Field<String> SENT_AT = field(name("sent_at"), String.class);
    private static final List<Field<?>> COLUMNS = List.of(ID, SUBJECT, BODY, SEGMENT_KIND, SEGMENT_VALUE, STATUS, CREATED_BY,
            CREATED_AT, UPDATED_AT, SENT_BY, SENT_AT);

    private final Database db;

    public JooqNewsletterStore(Database db) {
        this.db = db;
    }

    @Override
    public long create(String subject, String body, Segment segment, String by, String now) {
        return db.dsl().insertInto(NEWSLETTER, SUBJECT, BODY, SEGMENT_KIND, SEGMENT_VALUE, STATUS, CREATED_BY, CREATED_AT, UPDATED_AT)
                .values(subject, body, segment.kind(), segment.value(), Newsletter.Status.DRAFT.id(), by, now, now)
                .returningResult(ID).fetchOne(0, Long.class);
    }

    @Override
    public Optional<Newsletter> byId(long id) {
        return db.dsl().select(COLUMNS).from(NEWSLETTER).where(ID.eq(id)).fetchOptional().map(JooqNewsletterStore::newsletter);
    }

    @Override
    public List<Newsletter> all() {
        return db.dsl().select(COLUMNS).from(NEWSLETTER).orderBy(ID.desc()).fetch(JooqNewsletterStore::newsletter);
    }

    @Override
    public boolean update(long id, String subject, String body, Segment segment, String now) {
        return db.dsl().update(NEWSLETTER).set(SUBJECT, subject).set(BODY, body).set(SEGMENT_KIND, segment.kind())
                .set(SEGMENT_VALUE, segment.value()).set(UPDATED_AT, now)
                .where(ID.eq(id)).and(STATUS.eq(Newsletter.Status.DRAFT.id())).execute() == 1;
    }

    @Override
    public boolean markSent(long id, String by, String now) {
        return db.dsl().update(NEWSLETTER).set(STATUS, Newsletter.Status.SENT.id()).set(SENT_BY, by).set(SENT_AT, now)
                .where(ID.eq(id)).and(STATUS.eq(Newsletter.Status.DRAFT.id())).execute() == 1;
    }

    private static Newsletter newsletter(Record r) {
        return new Newsletter(r.get(ID), r.get(SUBJECT), r.get(BODY), new Segment(r.get(SEGMENT_KIND), r.get(SEGMENT_VALUE)),
                Newsletter.Status.valueOf(r.get(STATUS).toUpperCase(java.util.Locale.ROOT)), r.get(CREATED_BY), r.get(CREATED_AT),
                r.get(UPDATED_AT), r.get(SENT_BY), r.get(SENT_AT));
    }
}
