package org.upright.account;

import org.upright.common.Role;

/** A person's account. */
public record User(long id, String email, Role role, boolean disabled, String createdAt) {
}
