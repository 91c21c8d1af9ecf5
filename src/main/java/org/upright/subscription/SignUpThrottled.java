package org.upright.subscription;

import java.time.Duration;
import org.upright.common.UserMistake;
import org.upright.i18n.Ui;

/**
 * Too many sign-ups from one network address or for one e-mail address within {@link #WINDOW}: a flood would
 * fill someone's inbox with confirmation mails.
 */
public final class SignUpThrottled extends UserMistake {
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int PER_ADDRESS = 10;
    public static final int PER_EMAIL = 3;

    public SignUpThrottled() {
        super(Ui.text("subscription.problem.throttled"));
    }
}
