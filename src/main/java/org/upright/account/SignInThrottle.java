package org.upright.account;

import java.time.Duration;
import org.upright.i18n.Ui;

/**
 * When failed sign-ins stop being answered: after 5 failures for one account, or 20 from one address, within
 * 15 minutes, every sign-in of that account or from that address is refused until the oldest failure leaves the
 * window, even with the right password. Failures are counted in the database, so several web nodes on one
 * PostgreSQL count together. A success clears the account's failures (not the address's).
 */
public final class SignInThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;

    private SignInThrottle() {
    }

    public static boolean refuses(long accountFailures, long addressFailures) {
        return accountFailures >= PER_ACCOUNT || addressFailures >= PER_ADDRESS;
    }

    public static String message() {
        return Ui.text("signin.throttled", WINDOW.toMinutes());
    }
}
