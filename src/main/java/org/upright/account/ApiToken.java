package org.upright.account;

/** An API token as listed: the secret itself is shown once, when it is made, and stored only as a hash. */
public record ApiToken(long id, long userId, String name, String createdAt, String revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
