package org.upright.account;

import org.upright.common.UserMistake;

/** Something a person asked of accounts that cannot be done; the message says what was wrong and what to do. */
public class AccountException extends UserMistake {
    public AccountException(String message) {
        super(message);
    }
}
