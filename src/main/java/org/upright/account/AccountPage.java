package org.upright.account;

import java.util.List;

/**
 * The signed-in person's page: their role, the password form, their API tokens.
 *
 * @param newSecret a token made just now, shown this once; null otherwise
 */
public record AccountPage(User user, List<ApiToken> tokens, AccountService.NewToken newSecret) {
}
