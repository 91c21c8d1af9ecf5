package org.upright.account;

import java.util.List;
import org.upright.common.Role;
import org.upright.web.FieldProblems;

/**
 * The admin's list of accounts, with the invite form.
 *
 * @param invited  the account just made and its temporary password (shown once), or null
 * @param problems a form that came back refused: "invite", or "user-ID" for a row's role or state
 */
public record UsersPage(List<User> users, AccountService.Invitation invited, FieldProblems problems) {
    public static List<Role> roles() {
        return Role.assignable();
    }

    /** The role the row's select shows: the one just asked for when that was refused, else the account's. */
    public boolean roleShown(User u, Role r) {
        String asked = problems.value("user-" + u.id(), "role");
        return asked.isEmpty() ? r == u.role() : r.id().equals(asked);
    }
}
