package org.upright.subscription;

import java.util.List;
import org.upright.common.Language;

/**
 * A person who signed up, with the consent they gave (when, the text they were shown, from which page and network
 * address), what they follow, and the language they signed up in, which their mails speak.
 */
public record Subscriber(long id, String email, String name, Status status, Frequency frequency, String confirmNonce,
                         String consentText, String consentPage, String consentAddress, String signedUpAt,
                         String confirmedAt, String unsubscribedAt, String digestSentAt, List<Follow> follows,
                         Language language) {
    public enum Status {
        PENDING, CONFIRMED, UNSUBSCRIBED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Subscriber {
        follows = List.copyOf(follows);
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }
}
