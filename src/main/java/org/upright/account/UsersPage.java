package org.upright.account;

import java.util.List;
import org.upright.common.Role;

/**
 * The admin's list of accounts, with the invite form.
 *
 * @param invited the account just made and its temporary password (shown once), or null
 */
public record UsersPage(List<User> users, AccountService.Invitation invited) {
    public static List<Role> roles() {
        return Role.assignable();
    }
}
