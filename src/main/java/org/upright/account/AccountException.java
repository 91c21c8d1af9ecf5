package org.upright.account;

import org.upright.common.UserMistake;

/**
 * Something a person asked of accounts that cannot be done; the message says what was wrong and what to do, and
 * {@link #field()} names the form field it is about (null when it is about none), so a page can show it there.
 */
public class AccountException extends UserMistake {
    private final String field;

    public AccountException(String message) {
        this(null, message);
    }

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem is about: email, role, current, password, again or name; null for none. */
    public String field() {
        return field;
    }

    /** The problem as a form shows it beside its field: "field: message" (just the message when about none). */
    public String problem() {
        return field == null ? getMessage() : field + ": " + getMessage();
    }
}
