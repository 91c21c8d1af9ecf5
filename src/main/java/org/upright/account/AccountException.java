package org.upright.account;

/** Something a person asked of accounts that cannot be done; the message says what was wrong and what to do. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
