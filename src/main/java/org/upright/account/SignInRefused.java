package org.upright.account;

/**
 * A sign-in that did not succeed. The message never says whether the e-mail is known.
 *
 * @see SignInThrottle
 */
public final class SignInRefused extends AccountException {
    private final boolean throttled;

    SignInRefused(String message, boolean throttled) {
        super(message);
        this.throttled = throttled;
    }

    /** True when sign-ins are refused for a while after too many failures, whatever the password. */
    public boolean throttled() {
        return throttled;
    }
}
