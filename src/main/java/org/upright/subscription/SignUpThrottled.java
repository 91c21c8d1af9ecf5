package org.upright.subscription;

import java.time.Duration;
import org.upright.common.UserMistake;

/**
 * Too many sign-ups from one network address or for one e-mail address within {@link #WINDOW}: a flood would
 * fill someone's inbox with confirmation mails.
 */
public final class SignUpThrottled extends UserMistake {
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int PER_ADDRESS = 10;
    public static final int PER_EMAIL = 3;

    public SignUpThrottled() {
        super("Too many sign-ups from this network address or for this e-mail address in the last hour."
                + " Wait an hour, then try again; a confirmation mail already sent stays valid for two days.");
    }
}
