package org.upright.mail;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link OutboxStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqOutboxStore implements OutboxStore {
    private static final Table<?> OUTBOX = table(name("mail_outbox"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<String> TO = field(name("recipient"), String.class);
    private static final Field<String> TO_NAME = field(name("recipient_name"), String.class);
    private static final Field<String> SUBJECT = field(name("subject"), String.class);
    private static final Field<String> TEXT = field(name("text_body"), String.class);
    private static final Field<String> HTML = field(name("html_body"), String.class);
    private static final Field<String> UNSUBSCRIBE = field(name("unsubscribe_url"), String.class);
    private static final Field<String> KEY = field(name("dedupe_key"), String.class);
    private static final Field<Long> SUBSCRIBER = field(name("subscriber_id"), Long.class);
    private static final Field<String> STATUS = field(name("status"), String.class);
    private static final Field<Integer> ATTEMPTS = field(name("attempts"), Integer.class);
    private static final Field<String> NEXT = field(name("next_attempt_at"), String.class);
    private static final Field<String> ERROR = field(name("last_error"), String.class);
    private static final Field<String> CREATED = field(name("created_at"), String.class);
    private static final Field<String> SENT = field(name("sent_at"), String.class);

    /** Every column, typed: a bare select() would hand SQLite's integers back as Integer. */
    private static final List<Field<?>> COLUMNS = List.of(ID, TO, TO_NAME, SUBJECT, TEXT, HTML, UNSUBSCRIBE, KEY, SUBSCRIBER, STATUS,
            ATTEMPTS, NEXT, ERROR, CREATED, SENT);

    private final Database db;

    public JooqOutboxStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean add(Mail mail, String now, String dueAt) {
        return db.dsl().insertInto(OUTBOX, TO, TO_NAME, SUBJECT, TEXT, HTML, UNSUBSCRIBE, KEY, SUBSCRIBER, STATUS, NEXT, CREATED)
                .values(mail.to(), mail.toName(), mail.subject(), mail.text(), mail.html(), mail.unsubscribeUrl(), mail.dedupeKey(),
                        mail.subscriberId(), OutboxStatus.QUEUED.id(), dueAt, now)
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public List<OutboxEntry> due(String now, int limit) {
        return db.dsl().select(COLUMNS).from(OUTBOX).where(STATUS.eq(OutboxStatus.QUEUED.id())).and(NEXT.le(now))
                .orderBy(NEXT, ID).limit(limit).fetch(JooqOutboxStore::entry);
    }

    @Override
    public boolean claim(long id, String dueAt, String leaseUntil) {
        return db.dsl().update(OUTBOX).set(NEXT, leaseUntil)
                .where(ID.eq(id)).and(NEXT.eq(dueAt)).and(STATUS.eq(OutboxStatus.QUEUED.id())).execute() == 1;
    }

    @Override
    public void sent(long id, String now) {
        db.dsl().update(OUTBOX).set(STATUS, OutboxStatus.SENT.id()).set(SENT, now).set(ATTEMPTS, ATTEMPTS.plus(1))
                .where(ID.eq(id)).execute();
    }

    @Override
    public void skipped(long id, String reason) {
        db.dsl().update(OUTBOX).set(STATUS, OutboxStatus.SKIPPED.id()).set(ERROR, reason).where(ID.eq(id)).execute();
    }

    @Override
    public List<OutboxEntry> withKeyPrefix(String prefix) {
        // the prefix is ours ("newsletter:7:"), never typed, so it holds no LIKE wildcards
        return db.dsl().select(COLUMNS).from(OUTBOX).where(KEY.startsWith(prefix)).orderBy(ID).fetch(JooqOutboxStore::entry);
    }

    @Override
    public void failed(long id, int attempts, String error, String nextAttemptAt, boolean giveUp) {
        String shortError = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        db.dsl().update(OUTBOX).set(STATUS, giveUp ? OutboxStatus.FAILED.id() : OutboxStatus.QUEUED.id())
                .set(ATTEMPTS, attempts).set(ERROR, shortError).set(NEXT, nextAttemptAt).where(ID.eq(id)).execute();
    }

    @Override
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : OutboxStatus.values()) counts.put(s, 0L);
        db.dsl().select(STATUS, count()).from(OUTBOX).groupBy(STATUS)
                .forEach(r -> counts.put(OutboxStatus.of(r.value1()), r.value2().longValue()));
        return counts;
    }

    @Override
    public List<OutboxEntry> latest(int limit) {
        return db.dsl().select(COLUMNS).from(OUTBOX).orderBy(ID.desc()).limit(limit).fetch(JooqOutboxStore::entry);
    }

    @Override
    public List<OutboxEntry> ofSubscriber(long subscriberId) {
        return db.dsl().select(COLUMNS).from(OUTBOX).where(SUBSCRIBER.eq(subscriberId)).orderBy(ID).fetch(JooqOutboxStore::entry);
    }

    @Override
    public void forgetSubscriber(long subscriberId) {
        db.dsl().deleteFrom(OUTBOX).where(SUBSCRIBER.eq(subscriberId)).execute();
    }

    private static OutboxEntry entry(Record r) {
        Mail mail = new Mail(r.get(TO), r.get(TO_NAME), r.get(SUBJECT), r.get(TEXT), r.get(HTML), r.get(UNSUBSCRIBE), r.get(KEY),
                r.get(SUBSCRIBER));
        return new OutboxEntry(r.get(ID), mail, OutboxStatus.of(r.get(STATUS)), r.get(ATTEMPTS), r.get(NEXT), r.get(ERROR),
                r.get(CREATED), r.get(SENT));
    }
}
