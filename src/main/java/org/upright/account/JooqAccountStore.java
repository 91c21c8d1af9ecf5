package org.upright.account;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.store.Database;

/** {@link AccountStore} on jOOQ: app_user, user_session, api_token and sign_in_failure. */
public final class JooqAccountStore implements AccountStore {
    private static final Table<?> USER = table(name("app_user"));
    private static final Field<Long> U_ID = field(name("app_user", "id"), Long.class);
    private static final Field<String> U_EMAIL = field(name("app_user", "email"), String.class);
    private static final Field<String> U_HASH = field(name("app_user", "password_hash"), String.class);
    private static final Field<String> U_ROLE = field(name("app_user", "role"), String.class);
    private static final Field<Boolean> U_DISABLED = field(name("app_user", "disabled"), Boolean.class);
    private static final Field<String> U_CREATED = field(name("app_user", "created_at"), String.class);
    private static final Field<String> U_LANGUAGE = field(name("app_user", "language"), String.class);

    private static final Table<?> SESSION = table(name("user_session"));
    private static final Field<String> S_ID = field(name("user_session", "id_hash"), String.class);
    private static final Field<Long> S_USER = field(name("user_session", "user_id"), Long.class);
    private static final Field<String> S_CSRF = field(name("user_session", "csrf_token"), String.class);
    private static final Field<String> S_CREATED = field(name("user_session", "created_at"), String.class);
    private static final Field<String> S_EXPIRES = field(name("user_session", "expires_at"), String.class);

    private static final Table<?> TOKEN = table(name("api_token"));
    private static final Field<Long> T_ID = field(name("api_token", "id"), Long.class);
    private static final Field<Long> T_USER = field(name("api_token", "user_id"), Long.class);
    private static final Field<String> T_NAME = field(name("api_token", "name"), String.class);
    private static final Field<String> T_HASH = field(name("api_token", "token_hash"), String.class);
    private static final Field<String> T_CREATED = field(name("api_token", "created_at"), String.class);
    private static final Field<String> T_REVOKED = field(name("api_token", "revoked_at"), String.class);

    private static final Table<?> FAILURE = table(name("sign_in_failure"));
    private static final Field<String> F_EMAIL = field(name("sign_in_failure", "email"), String.class);
    private static final Field<String> F_ADDRESS = field(name("sign_in_failure", "address"), String.class);
    private static final Field<String> F_AT = field(name("sign_in_failure", "at"), String.class);

    private final Database db;

    public JooqAccountStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<User> userByEmail(String email) {
        return db.dsl().select(U_ID, U_EMAIL, U_ROLE, U_DISABLED, U_CREATED, U_LANGUAGE).from(USER).where(U_EMAIL.eq(email))
                .fetchOptional(JooqAccountStore::user);
    }

    @Override
    public Optional<User> user(long id) {
        return db.dsl().select(U_ID, U_EMAIL, U_ROLE, U_DISABLED, U_CREATED, U_LANGUAGE).from(USER).where(U_ID.eq(id))
                .fetchOptional(JooqAccountStore::user);
    }

    @Override
    public List<User> users() {
        return db.dsl().select(U_ID, U_EMAIL, U_ROLE, U_DISABLED, U_CREATED, U_LANGUAGE).from(USER).orderBy(U_EMAIL).fetch(JooqAccountStore::user);
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return db.dsl().select(U_HASH).from(USER).where(U_ID.eq(userId)).fetchOptional(U_HASH);
    }

    @Override
    public long addUser(String email, String passwordHash, Role role, String at) {
        return db.dsl().insertInto(USER, U_EMAIL, U_HASH, U_ROLE, U_DISABLED, U_CREATED)
                .values(email, passwordHash, role.name(), false, at).returningResult(U_ID).fetchOne(U_ID);
    }

    @Override
    public void setRole(long userId, Role role) {
        db.dsl().update(USER).set(U_ROLE, role.name()).where(U_ID.eq(userId)).execute();
    }

    @Override
    public void setLanguage(long userId, Language language) {
        db.dsl().update(USER).set(U_LANGUAGE, language == null ? null : language.code()).where(U_ID.eq(userId)).execute();
    }

    @Override
    public void setDisabled(long userId, boolean disabled) {
        db.dsl().update(USER).set(U_DISABLED, disabled).where(U_ID.eq(userId)).execute();
    }

    @Override
    public void setPassword(long userId, String passwordHash) {
        db.dsl().update(USER).set(U_HASH, passwordHash).where(U_ID.eq(userId)).execute();
    }

    @Override
    public long activeAdmins() {
        return db.dsl().selectCount().from(USER).where(U_ROLE.eq(Role.ADMIN.name())).and(U_DISABLED.isFalse()).fetchOne(0, Long.class);
    }

    @Override
    public void addSession(String idHash, long userId, String csrf, String createdAt, String expiresAt) {
        db.dsl().insertInto(SESSION, S_ID, S_USER, S_CSRF, S_CREATED, S_EXPIRES).values(idHash, userId, csrf, createdAt, expiresAt).execute();
    }

    @Override
    public Optional<LiveSession> liveSession(String idHash, String now) {
        return db.dsl().select(U_ID, U_EMAIL, U_ROLE, U_DISABLED, U_CREATED, U_LANGUAGE, S_CSRF).from(SESSION).join(USER).on(U_ID.eq(S_USER))
                .where(S_ID.eq(idHash)).and(S_EXPIRES.gt(now)).and(U_DISABLED.isFalse())
                .fetchOptional(r -> new LiveSession(user(r), r.get(S_CSRF)));
    }

    @Override
    public void endSession(String idHash) {
        db.dsl().deleteFrom(SESSION).where(S_ID.eq(idHash)).execute();
    }

    @Override
    public void endSessions(long userId) {
        db.dsl().deleteFrom(SESSION).where(S_USER.eq(userId)).execute();
    }

    @Override
    public long addToken(long userId, String name, String tokenHash, String at) {
        return db.dsl().insertInto(TOKEN, T_USER, T_NAME, T_HASH, T_CREATED).values(userId, name, tokenHash, at)
                .returningResult(T_ID).fetchOne(T_ID);
    }

    @Override
    public Optional<User> tokenHolder(String tokenHash) {
        return db.dsl().select(U_ID, U_EMAIL, U_ROLE, U_DISABLED, U_CREATED, U_LANGUAGE).from(TOKEN).join(USER).on(U_ID.eq(T_USER))
                .where(T_HASH.eq(tokenHash)).and(T_REVOKED.isNull()).and(U_DISABLED.isFalse())
                .fetchOptional(JooqAccountStore::user);
    }

    @Override
    public List<ApiToken> tokens(long userId) {
        return db.dsl().select(T_ID, T_USER, T_NAME, T_CREATED, T_REVOKED).from(TOKEN).where(T_USER.eq(userId)).orderBy(T_ID)
                .fetch(r -> new ApiToken(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public boolean revokeToken(long tokenId, long userId, String at) {
        return db.dsl().update(TOKEN).set(T_REVOKED, at).where(T_ID.eq(tokenId)).and(T_USER.eq(userId)).and(T_REVOKED.isNull())
                .execute() > 0;
    }

    @Override
    public void addFailure(String email, String address, String at) {
        db.dsl().insertInto(FAILURE, F_EMAIL, F_ADDRESS, F_AT).values(email, address, at).execute();
    }

    @Override
    public long failuresFor(String email, String since) {
        return db.dsl().selectCount().from(FAILURE).where(F_EMAIL.eq(email)).and(F_AT.ge(since)).fetchOne(0, Long.class);
    }

    @Override
    public long failuresFrom(String address, String since) {
        return db.dsl().selectCount().from(FAILURE).where(F_ADDRESS.eq(address)).and(F_AT.ge(since)).fetchOne(0, Long.class);
    }

    @Override
    public void clearFailures(String email) {
        db.dsl().deleteFrom(FAILURE).where(F_EMAIL.eq(email)).execute();
    }

    @Override
    public void deleteSessionsEndedBy(String at) {
        db.dsl().deleteFrom(SESSION).where(S_EXPIRES.le(at)).execute();
    }

    @Override
    public void deleteFailuresBefore(String at) {
        db.dsl().deleteFrom(FAILURE).where(F_AT.lt(at)).execute();
    }

    private static User user(Record r) {
        return new User(r.get(U_ID), r.get(U_EMAIL), Role.valueOf(r.get(U_ROLE)), Boolean.TRUE.equals(r.get(U_DISABLED)), r.get(U_CREATED),
                Language.of(r.get(U_LANGUAGE)).orElse(null));
    }
}
