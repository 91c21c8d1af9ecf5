package org.upright.account;

import org.upright.common.Language;
import org.upright.common.Role;

/**
 * A person's account.
 *
 * @param language the language they chose to be spoken to in; null to follow the browser
 */
public record User(long id, String email, Role role, boolean disabled, String createdAt, Language language) {
}
