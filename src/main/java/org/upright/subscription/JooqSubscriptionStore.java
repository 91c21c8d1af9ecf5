package org.upright.subscription;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.Language;
import org.upright.store.Database;

/** {@link SubscriptionStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqSubscriptionStore implements SubscriptionStore {
    private static final Table<?> SUBSCRIBER = table(name("subscriber"));
    private static final Field<Long> ID = field(name("subscriber", "id"), Long.class);
    private static final Field<String> EMAIL = field(name("subscriber", "email"), String.class);
    private static final Field<String> NAME = field(name("subscriber", "name"), String.class);
    private static final Field<String> STATUS = field(name("subscriber", "status"), String.class);
    private static final Field<String> FREQUENCY = field(name("subscriber", "frequency"), String.class);
    private static final Field<String> NONCE = field(name("subscriber", "confirm_nonce"), String.class);
    private static final Field<String> CONSENT_TEXT = field(name("subscriber", "consent_text"), String.class);
    private static final Field<String> CONSENT_PAGE = field(name("subscriber", "consent_page"), String.class);
    private static final Field<String> CONSENT_ADDRESS = field(name("subscriber", "consent_address"), String.class);
    private static final Field<String> SIGNED_UP = field(name("subscriber", "signed_up_at"), String.class);
    private static final Field<String> CONFIRMED = field(name("subscriber", "confirmed_at"), String.class);
    private static final Field<String> UNSUBSCRIBED = field(name("subscriber", "unsubscribed_at"), String.class);
    private static final Field<String> DIGEST = field(name("subscriber", "digest_sent_at"), String.class);
    private static final Field<String> LANGUAGE = field(name("subscriber", "language"), String.class);

    /** Every column, typed: a bare select() would hand SQLite's integers back as Integer. */
    private static final List<Field<?>> COLUMNS = List.of(ID, EMAIL, NAME, STATUS, FREQUENCY, NONCE, CONSENT_TEXT, CONSENT_PAGE,
            CONSENT_ADDRESS, SIGNED_UP, CONFIRMED, UNSUBSCRIBED, DIGEST, LANGUAGE);

    private static final Table<?> FOLLOW = table(name("subscriber_follow"));
    private static final Field<Long> F_SUBSCRIBER = field(name("subscriber_follow", "subscriber_id"), Long.class);
    private static final Field<String> F_KIND = field(name("subscriber_follow", "kind"), String.class);
    private static final Field<String> F_VALUE = field(name("subscriber_follow", "value"), String.class);

    private static final Table<?> ATTEMPT = table(name("signup_attempt"));
    private static final Field<String> A_EMAIL = field(name("signup_attempt", "email"), String.class);
    private static final Field<String> A_ADDRESS = field(name("signup_attempt", "address"), String.class);
    private static final Field<String> A_AT = field(name("signup_attempt", "at"), String.class);

    private static final Table<?> KEY = table(name("mail_signing_key"));
    private static final Field<Integer> K_ID = field(name("mail_signing_key", "id"), Integer.class);
    private static final Field<String> K_SECRET = field(name("mail_signing_key", "secret"), String.class);

    private final Database db;
    private volatile byte[] key;

    public JooqSubscriptionStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Subscriber> byId(long id) {
        return one(ID.eq(id));
    }

    @Override
    public Optional<Subscriber> byEmail(String email) {
        return one(EMAIL.equalIgnoreCase(email));
    }

    private Optional<Subscriber> one(org.jooq.Condition where) {
        return db.dsl().select(COLUMNS).from(SUBSCRIBER).where(where).fetchOptional().map(r -> toSubscriber(r, follows(List.of(r.get(ID)))));
    }

    @Override
    public long create(String email, String name, String nonce, Consent consent, Language language, String now) {
        return db.dsl().insertInto(SUBSCRIBER, EMAIL, NAME, STATUS, NONCE, CONSENT_TEXT, CONSENT_PAGE, CONSENT_ADDRESS, SIGNED_UP, LANGUAGE)
                .values(email, name, Subscriber.Status.PENDING.id(), nonce, consent.text(), consent.page(), consent.address(), now, language.code())
                .returningResult(ID).fetchOne(0, Long.class);
    }

    @Override
    public void renew(long id, String name, String nonce, Consent consent, Language language, String now) {
        db.dsl().update(SUBSCRIBER).set(NAME, name).set(LANGUAGE, language.code()).set(STATUS, Subscriber.Status.PENDING.id()).set(NONCE, nonce)
                .set(CONSENT_TEXT, consent.text()).set(CONSENT_PAGE, consent.page()).set(CONSENT_ADDRESS, consent.address())
                .set(SIGNED_UP, now).setNull(UNSUBSCRIBED).setNull(CONFIRMED).where(ID.eq(id)).execute();
    }

    @Override
    public boolean confirm(long id, String nonce, String now) {
        return db.dsl().update(SUBSCRIBER).set(STATUS, Subscriber.Status.CONFIRMED.id()).setNull(NONCE).set(CONFIRMED, now)
                .where(ID.eq(id)).and(NONCE.eq(nonce)).and(STATUS.eq(Subscriber.Status.PENDING.id())).execute() == 1;
    }

    @Override
    public void setFollows(long id, List<Follow> follows) {
        db.dsl().deleteFrom(FOLLOW).where(F_SUBSCRIBER.eq(id)).execute();
        addFollows(id, follows);
    }

    @Override
    public void addFollows(long id, List<Follow> follows) {
        for (Follow f : follows) {
            db.dsl().insertInto(FOLLOW, F_SUBSCRIBER, F_KIND, F_VALUE).values(id, f.kind().id(), f.value()).onConflictDoNothing().execute();
        }
    }

    @Override
    public void setName(long id, String name) {
        db.dsl().update(SUBSCRIBER).set(NAME, name).where(ID.eq(id)).execute();
    }

    @Override
    public void setFrequency(long id, Frequency frequency) {
        db.dsl().update(SUBSCRIBER).set(FREQUENCY, frequency.id()).where(ID.eq(id)).execute();
    }

    @Override
    public void unsubscribe(long id, String now) {
        db.dsl().update(SUBSCRIBER).set(STATUS, Subscriber.Status.UNSUBSCRIBED.id()).set(UNSUBSCRIBED, now).setNull(NONCE)
                .where(ID.eq(id)).execute();
    }

    @Override
    public void digestSent(long id, String now) {
        db.dsl().update(SUBSCRIBER).set(DIGEST, now).where(ID.eq(id)).execute();
    }

    @Override
    public void delete(long id) {
        db.dsl().deleteFrom(FOLLOW).where(F_SUBSCRIBER.eq(id)).execute();
        db.dsl().deleteFrom(SUBSCRIBER).where(ID.eq(id)).execute();
    }

    @Override
    public List<Subscriber> confirmed() {
        return many(STATUS.eq(Subscriber.Status.CONFIRMED.id()));
    }

    @Override
    public List<Subscriber> following(FollowKind kind, List<String> values) {
        if (values.isEmpty()) return List.of();
        return many(STATUS.eq(Subscriber.Status.CONFIRMED.id()).and(ID.in(db.dsl().select(F_SUBSCRIBER).from(FOLLOW)
                .where(F_KIND.eq(kind.id())).and(F_VALUE.in(values)))));
    }

    private List<Subscriber> many(org.jooq.Condition where) {
        var rows = db.dsl().select(COLUMNS).from(SUBSCRIBER).where(where).orderBy(ID).fetch();
        Map<Long, List<Follow>> follows = follows(rows.map(r -> r.get(ID)));
        return rows.map(r -> toSubscriber(r, follows));
    }

    private Map<Long, List<Follow>> follows(List<Long> ids) {
        Map<Long, List<Follow>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        db.dsl().select(F_SUBSCRIBER, F_KIND, F_VALUE).from(FOLLOW).where(F_SUBSCRIBER.in(ids)).orderBy(F_KIND, F_VALUE)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Follow(FollowKind.of(r.value2()).orElseThrow(), r.value3())));
        return out;
    }

    @Override
    public long[] attempt(String email, String address, String now, String since) {
        db.dsl().deleteFrom(ATTEMPT).where(A_AT.lt(since)).execute();
        db.dsl().insertInto(ATTEMPT, A_EMAIL, A_ADDRESS, A_AT).values(email, address, now).execute();
        long fromAddress = db.dsl().fetchCount(ATTEMPT, A_ADDRESS.eq(address));
        long forEmail = db.dsl().fetchCount(ATTEMPT, A_EMAIL.equalIgnoreCase(email));
        return new long[] {fromAddress, forEmail};
    }

    @Override
    public byte[] signingKey() {
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            db.dsl().insertInto(KEY, K_ID, K_SECRET).values(1, Base64.getEncoder().encodeToString(fresh)).onConflictDoNothing().execute();
            key = Base64.getDecoder().decode(db.dsl().select(K_SECRET).from(KEY).where(K_ID.eq(1)).fetchOne(K_SECRET));
        }
        return key;
    }

    private static Subscriber toSubscriber(Record r, Map<Long, List<Follow>> follows) {
        return new Subscriber(r.get(ID), r.get(EMAIL), r.get(NAME),
                Subscriber.Status.valueOf(r.get(STATUS).toUpperCase(java.util.Locale.ROOT)),
                Frequency.of(r.get(FREQUENCY)).orElse(Frequency.INSTANT), r.get(NONCE), r.get(CONSENT_TEXT), r.get(CONSENT_PAGE),
                r.get(CONSENT_ADDRESS), r.get(SIGNED_UP), r.get(CONFIRMED), r.get(UNSUBSCRIBED), r.get(DIGEST),
                follows.getOrDefault(r.get(ID), List.of()), Language.of(r.get(LANGUAGE)).orElse(Language.EN));
    }
}
