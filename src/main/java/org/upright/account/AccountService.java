package org.upright.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Language;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.store.Database;

/**
 * Accounts: sign-in (throttled) and sign-out, server-side sessions, passwords, roles, disabling, API tokens.
 * Everything a person does here is announced as {@link Audited}, failures included.
 */
public final class AccountService {
    /** A session ends this long after sign-in, used or not. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    public static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 1000;


    /** A new API token: its secret is in this answer and nowhere else. */
    public record NewToken(ApiToken token, String secret) {
    }

    /** An account made by an admin, with the temporary password to hand to the person (shown once). */
    public record Invitation(User user, String temporaryPassword) {
    }

    private final AccountStore store;
    private final Database db;
    private final ChangeEvents events;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();

    public AccountService(AccountStore store, Database db, ChangeEvents events, Clock clock) {
        this.store = store;
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    /** The accounts of a database: for commands that run without the whole app. */
    public static AccountService over(Database db, ChangeEvents events) {
        return new AccountService(new JooqAccountStore(db), db, events);
    }

    public AccountService(AccountStore store, Database db, ChangeEvents events) {
        this(store, db, events, Clock.systemUTC());
    }

    /**
     * Signs in: a new session with a new id and CSRF token. The session the request came with, if any, ends, so
     * an id planted before sign-in (session fixation) is worth nothing after it.
     */
    public Session signIn(String email, String password, String address, String previousSessionId) {
        String who = normal(email == null ? "" : email);
        Viewer attempt = Viewer.anonymous(address);
        String since = Timestamps.of(now().minus(SignInThrottle.WINDOW));
        forgetExpired(since);
        if (SignInThrottle.refuses(store.failuresFor(who, since), store.failuresFrom(address, since))) {
            events.publish(Audited.of(attempt, "sign-in.throttled", "user/" + who, Map.of()));
            throw new SignInRefused(SignInThrottle.message(), true);
        }
        Optional<User> user = store.userByEmail(who);
        String hash = user.flatMap(u -> store.passwordHash(u.id())).orElse(hasher.decoy());
        boolean right = hasher.matches(password == null ? "" : password, hash);
        if (user.isEmpty() || !right || user.get().disabled()) {
            store.addFailure(who, address, Timestamps.of(now()));
            String reason = user.isEmpty() ? "no such account" : !right ? "wrong password" : "account disabled";
            events.publish(Audited.of(attempt, "sign-in.failed", "user/" + who, Map.of("reason", reason)));
            throw new SignInRefused(Ui.text("signin.refused", SignInThrottle.PER_ACCOUNT, SignInThrottle.WINDOW.toMinutes()), false);
        }
        User u = user.get();
        String id = Secrets.random();
        String csrf = Secrets.random();
        db.transaction(() -> {
            store.clearFailures(who);
            if (previousSessionId != null) store.endSession(Secrets.sha256(previousSessionId));
            store.addSession(Secrets.sha256(id), u.id(), csrf, Timestamps.of(now()), Timestamps.of(now().plus(SESSION_LIFETIME)));
        });
        Viewer viewer = viewer(u, address);
        events.publish(Audited.of(viewer, "sign-in", "user/" + u.id(), Map.of()));
        return new Session(id, csrf, viewer, u.language());
    }

    /**
     * Deletes what can no longer count: sessions past their end and failures older than the throttling window.
     * Done on every sign-in attempt, so the tables stay as small as the sign-ins of the last hours on any node,
     * with no timer to run; the audit log keeps the history.
     */
    private void forgetExpired(String failuresBefore) {
        store.deleteSessionsEndedBy(Timestamps.of(now()));
        store.deleteFailuresBefore(failuresBefore);
    }

    /** The live session of this cookie value: not expired, its account not disabled. */
    public Optional<Session> session(String id, String address) {
        if (id == null || id.isBlank()) return Optional.empty();
        return store.liveSession(Secrets.sha256(id), Timestamps.of(now()))
                .map(s -> new Session(null, s.csrf(), viewer(s.user(), address), s.user().language()));
    }

    /** Who holds this API token, when it is live and the account is not disabled. */
    public Optional<Viewer> bearer(String token, String address) {
        if (token == null || token.isBlank()) return Optional.empty();
        return store.tokenHolder(Secrets.sha256(token.strip())).map(u -> viewer(u, address));
    }

    public void signOut(String sessionId, Viewer who) {
        if (sessionId != null) store.endSession(Secrets.sha256(sessionId));
        if (who.signedIn()) events.publish(Audited.of(who, "sign-out", "user/" + who.userId(), Map.of()));
    }

    /** Changes the signed-in person's password; every session of the account ends, so they sign in again with it. */
    public void changePassword(Viewer who, String current, String fresh, String again) {
        User u = signedIn(who);
        if (!hasher.matches(current == null ? "" : current, store.passwordHash(u.id()).orElseThrow())) {
            events.publish(Audited.of(who, "password.change-failed", "user/" + u.id(), Map.of("reason", "wrong current password")));
            throw new AccountException("current", Ui.text("account.problem.current"));
        }
        if (fresh == null || !fresh.equals(again)) throw new AccountException("again", Ui.text("account.problem.again"));
        checkPassword(fresh);
        db.transaction(() -> {
            store.setPassword(u.id(), hasher.hash(fresh));
            store.endSessions(u.id());
        });
        events.publish(Audited.of(who, "password.change", "user/" + u.id(), Map.of()));
    }

    /** Sets a new password for an account (an admin or the command line); its sessions end. */
    public void setPassword(Viewer who, String email, String password) {
        requireAdmin(who);
        checkPassword(password);
        User u = byEmail(email);
        db.transaction(() -> {
            store.setPassword(u.id(), hasher.hash(password));
            store.endSessions(u.id());
            store.clearFailures(u.email());
        });
        events.publish(Audited.of(who, "password.set", "user/" + u.id(), Map.of("email", u.email())));
    }

    /** Adds an account with the password given (the command line). */
    public User add(Viewer who, String email, Role role, String password) {
        requireAdmin(who);
        checkPassword(password);
        String e = checkedEmail(email);
        User u = db.transaction(() -> {
            if (store.userByEmail(e).isPresent()) throw new AccountException("email", Ui.text("account.problem.email_taken", e));
            long id = store.addUser(e, hasher.hash(password), role, Timestamps.of(now()));
            return store.user(id).orElseThrow();
        });
        events.publish(new Audited(who, "user.add", "user/" + u.id(), null, userMap(u), Map.of()));
        return u;
    }

    /** An admin invites a person: the account is made with a temporary password for the admin to hand over. */
    public Invitation invite(Viewer who, String email, Role role) {
        String temporary = Secrets.random().substring(0, 20);
        User u = add(who, email, role, temporary);
        return new Invitation(u, temporary);
    }

    public User setRole(Viewer who, long userId, Role role) {
        requireAdmin(who);
        User before = user(userId);
        if (role != Role.ADMIN) keepAnAdmin(before);
        store.setRole(userId, role);
        User after = user(userId);
        events.publish(new Audited(who, "user.role", "user/" + userId, userMap(before), userMap(after), Map.of()));
        return after;
    }

    /** Disables (or enables again) an account: a disabled account cannot sign in, and its sessions and tokens stop working. */
    public User setDisabled(Viewer who, long userId, boolean disabled) {
        requireAdmin(who);
        User before = user(userId);
        if (disabled) keepAnAdmin(before);
        db.transaction(() -> {
            store.setDisabled(userId, disabled);
            if (disabled) store.endSessions(userId);
        });
        User after = user(userId);
        events.publish(new Audited(who, disabled ? "user.disable" : "user.enable", "user/" + userId, userMap(before), userMap(after), Map.of()));
        return after;
    }

    /**
     * The language the signed-in person is spoken to in: a code of the six ("ar", "zh", "en", "fr", "ru", "es"), or
     * empty to follow the browser. Audited only when it changes, since the language menu saves every choice.
     */
    public User setLanguage(Viewer who, String code) {
        User before = signedIn(who);
        String given = code == null ? "" : code.strip();
        Language language = given.isEmpty() ? null : Language.of(given).orElseThrow(() -> new AccountException("language",
                Ui.text("account.problem.language", given)));
        if (language == before.language()) return before;
        store.setLanguage(before.id(), language);
        User after = user(before.id());
        events.publish(new Audited(who, "account.language", "user/" + before.id(), languageMap(before), languageMap(after), Map.of()));
        return after;
    }

    private static Map<String, Object> languageMap(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", u.language() == null ? "browser" : u.language().code());
        return m;
    }

    public NewToken createToken(Viewer who, String name) {
        return tokenFor(who, signedIn(who), name);
    }

    /**
     * A token for someone else's account, made by an admin (or the server's command line) so a script can write as
     * that account; a disabled account gets none, since its tokens would not work.
     */
    public NewToken createTokenFor(Viewer who, String email, String name) {
        if (!who.can(Role.ADMIN)) throw new NotAllowed("Only admins make API tokens for other accounts.");
        User u = byEmail(email);
        if (u.disabled()) throw new AccountException(Ui.text("account.problem.disabled", u.email()));
        return tokenFor(who, u, name);
    }

    private NewToken tokenFor(Viewer who, User u, String name) {
        String label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) throw new AccountException("name", Ui.text("account.problem.token_name", label.length()));
        String secret = "upr_" + Secrets.random();
        String createdAt = Timestamps.of(now());
        long id = store.addToken(u.id(), label, Secrets.sha256(secret), createdAt);
        ApiToken token = new ApiToken(id, u.id(), label, createdAt, null);
        events.publish(Audited.of(who, "token.create", "token/" + id, Map.of("name", label, "account", u.email())));
        return new NewToken(token, secret);
    }

    public void revokeToken(Viewer who, long tokenId) {
        User u = signedIn(who);
        if (!store.revokeToken(tokenId, u.id(), Timestamps.of(now()))) {
            throw new AccountException(Ui.text("account.problem.no_token", String.valueOf(tokenId)));
        }
        events.publish(Audited.of(who, "token.revoke", "token/" + tokenId, Map.of()));
    }

    public List<ApiToken> tokens(Viewer who) {
        return who.signedIn() ? store.tokens(who.userId()) : List.of();
    }

    public List<User> users() {
        return store.users();
    }

    public Optional<User> find(String email) {
        return store.userByEmail(normal(email));
    }

    public User byEmail(String email) {
        return find(email).orElseThrow(() -> new AccountException(Ui.text("account.problem.no_account_for", normal(email))));
    }

    public User user(long id) {
        return store.user(id).orElseThrow(() -> new AccountException(Ui.text("account.problem.no_account_id", String.valueOf(id))));
    }

    private User signedIn(Viewer who) {
        if (!who.signedIn()) throw new AccountException(Ui.text("account.problem.sign_in"));
        return user(who.userId());
    }

    /** Refuses to take the last active admin away, so someone can still run the accounts. */
    private void keepAnAdmin(User before) {
        if (before.role() == Role.ADMIN && !before.disabled() && store.activeAdmins() <= 1) {
            throw new AccountException("role", Ui.text("account.problem.last_admin", before.email()));
        }
    }

    private static void requireAdmin(Viewer who) {
        if (!who.can(Role.ADMIN)) throw new NotAllowed("Only an admin can manage accounts.");
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("password", Ui.text("account.problem.password_short", MIN_PASSWORD));
        }
        if (password.length() > MAX_PASSWORD) throw new AccountException("password", Ui.text("account.problem.password_long", MAX_PASSWORD));
    }

    static String checkedEmail(String email) {
        String e = normal(email == null ? "" : email);
        if (e.length() > 254 || !e.matches("[^@\\s<>\"']+@[^@\\s<>\"']+")) {
            throw new AccountException("email", Ui.text("account.problem.email_invalid", email == null ? "" : email.strip()));
        }
        return e;
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static Viewer viewer(User u, String address) {
        return new Viewer(u.id(), u.email(), u.role(), address);
    }

    private static Map<String, Object> userMap(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", u.email());
        m.put("role", u.role().id());
        m.put("disabled", u.disabled());
        return m;
    }

    private Instant now() {
        return clock.instant();
    }
}
