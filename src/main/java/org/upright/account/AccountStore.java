package org.upright.account;

import java.util.List;
import java.util.Optional;
import org.upright.common.Language;
import org.upright.common.Role;

/** Accounts, their sessions and API tokens (by hash), and failed sign-ins. */
public interface AccountStore {
    /** A session that has not ended, of an account that is not disabled, with its CSRF token. */
    record LiveSession(User user, String csrf) {
    }

    Optional<User> userByEmail(String email);

    Optional<User> user(long id);

    List<User> users();

    Optional<String> passwordHash(long userId);

    long addUser(String email, String passwordHash, Role role, String at);

    void setRole(long userId, Role role);

    void setDisabled(long userId, boolean disabled);

    /** The language the account's person chose; null to follow the browser. */
    void setLanguage(long userId, Language language);

    void setPassword(long userId, String passwordHash);

    long activeAdmins();

    void addSession(String idHash, long userId, String csrf, String createdAt, String expiresAt);

    /** The session, when it ends after {@code now} (ISO instant) and its account is not disabled: one query per request. */
    Optional<LiveSession> liveSession(String idHash, String now);

    void endSession(String idHash);

    /** Ends every session of the account (disabled, or its password changed). */
    void endSessions(long userId);

    long addToken(long userId, String name, String tokenHash, String at);

    /** The account of a token that is not revoked, when the account is not disabled. */
    Optional<User> tokenHolder(String tokenHash);

    List<ApiToken> tokens(long userId);

    /** Revokes one of the account's tokens; false when it has none by that id (or it was revoked already). */
    boolean revokeToken(long tokenId, long userId, String at);

    void addFailure(String email, String address, String at);

    long failuresFor(String email, String since);

    long failuresFrom(String address, String since);

    void clearFailures(String email);

    /** Deletes the sessions that ended at or before the instant (ISO text); they can never be used again. */
    void deleteSessionsEndedBy(String at);

    /** Deletes the failed sign-ins before the instant (ISO text): older than the throttling window, they count no more. */
    void deleteFailuresBefore(String at);
}
