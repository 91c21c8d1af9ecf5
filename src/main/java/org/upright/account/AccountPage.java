package org.upright.account;

import java.util.List;
import org.upright.web.FieldProblems;

/**
 * The signed-in person's page: their role, the password form, their API tokens.
 *
 * @param newSecret a token made just now, shown this once; null otherwise
 * @param problems  a form that came back refused, each problem beside its field
 */
public record AccountPage(User user, List<ApiToken> tokens, AccountService.NewToken newSecret, FieldProblems problems) {
}
