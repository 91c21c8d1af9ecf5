package org.upright.subscription;

import java.util.List;
import java.util.Optional;
import org.upright.common.Language;

/** Where subscribers, their consent and what they follow live. */
public interface SubscriptionStore {
    Optional<Subscriber> byId(long id);

    Optional<Subscriber> byEmail(String email);

    /** A new pending subscriber, whose mails are written in {@code language}; its id. */
    long create(String email, String name, String nonce, Consent consent, Language language, String now);

    /** A sign-up again for a known address: pending with fresh consent, nonce and language (a confirmed one is left as it is). */
    void renew(long id, String name, String nonce, Consent consent, Language language, String now);

    /** Confirms when the nonce is still the subscriber's pending one; false when it was used or replaced. */
    boolean confirm(long id, String nonce, String now);

    void setFollows(long id, List<Follow> follows);

    void addFollows(long id, List<Follow> follows);

    void setName(long id, String name);

    void setFrequency(long id, Frequency frequency);

    void unsubscribe(long id, String now);

    void digestSent(long id, String now);

    void delete(long id);

    /** Confirmed subscribers with their follows. */
    List<Subscriber> confirmed();

    /** Confirmed subscribers following one of these values of the kind. */
    List<Subscriber> following(FollowKind kind, List<String> values);

    /** Notes a sign-up asked for, and counts those from the address and for the e-mail since {@code since}. */
    long[] attempt(String email, String address, String now, String since);

    /** The signing key of mail links, made on first use and shared by every node. */
    byte[] signingKey();
}
