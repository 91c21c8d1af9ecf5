package org.upright.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.upright.common.Timestamps;

/**
 * The outbox: features queue mails, and {@link #deliverDue()} sends those that are due through the sender.
 * A failure is recorded and tried again after a back-off ({@link Backoff}); a mail is marked sent only after the
 * server took it. Without a sender (no {@code --smtp}) mails wait in the outbox.
 */
public final class MailService {
    /** How long a sender may hold a mail it took before another may take it again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 100;
    /** Why a list mail was skipped, as its delivery status shows it. */
    public static final String UNSUBSCRIBED = "not sent: the subscriber unsubscribed before it went";

    private final OutboxStore store;
    private final Optional<MailSender> sender;
    private final Clock clock;
    private volatile LongPredicate subscribed = id -> true;

    public MailService(OutboxStore store, Optional<MailSender> sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /** Puts the mail in the outbox; false when a mail with the same dedupe key is there already. */
    public boolean queue(Mail mail) {
        return store.add(mail, now());
    }

    /** Puts the mail in the outbox to be sent at {@code due} or later; false when its dedupe key is there already. */
    public boolean queueAt(Mail mail, Instant due) {
        return store.add(mail, now(), Timestamps.of(due));
    }

    /**
     * Who may still get list mail (mail with an unsubscribe link): the subscriptions feature says, so a mail that
     * waited while its subscriber unsubscribed is skipped instead of sent.
     */
    public void listMailOnlyWhile(LongPredicate subscribed) {
        this.subscribed = subscribed;
    }

    /** The mails whose dedupe key starts so, in the order queued: the deliveries of one newsletter. */
    public List<OutboxEntry> withKeyPrefix(String prefix) {
        return store.withKeyPrefix(prefix);
    }

    /** Sends the mails that are due; the number delivered. Does nothing without a sender. */
    public synchronized int deliverDue() {
        if (sender.isEmpty()) return 0;
        int delivered = 0;
        Instant now = clock.instant();
        for (OutboxEntry e : store.due(Timestamps.of(now), BATCH)) {
            if (!store.claim(e.id(), e.nextAttemptAt(), Timestamps.of(now.plus(LEASE)))) continue;
            if (unsubscribedFrom(e.mail())) {
                store.skipped(e.id(), UNSUBSCRIBED);
                continue;
            }
            try {
                sender.get().send(e.mail());
                store.sent(e.id(), now());
                delivered++;
            } catch (MailSender.MailFailure failure) {
                int attempts = e.attempts() + 1;
                store.failed(e.id(), attempts, failure.getMessage(), Timestamps.of(clock.instant().plus(Backoff.after(attempts))),
                        attempts >= Backoff.MAX_ATTEMPTS);
            }
        }
        return delivered;
    }

    /** What the admin page shows: where mail goes (empty: nowhere, it waits), counts by status, the latest mails. */
    public record Status(Optional<String> sender, Map<OutboxStatus, Long> counts, List<OutboxEntry> latest) {
    }

    public Status status() {
        return new Status(sender.map(MailSender::describe), store.counts(), store.latest(50));
    }

    public boolean sends() {
        return sender.isPresent();
    }

    public List<OutboxEntry> ofSubscriber(long subscriberId) {
        return store.ofSubscriber(subscriberId);
    }

    public void forgetSubscriber(long subscriberId) {
        store.forgetSubscriber(subscriberId);
    }

    private boolean unsubscribedFrom(Mail m) {
        return m.unsubscribeUrl() != null && m.subscriberId() != null && !subscribed.test(m.subscriberId());
    }

    private String now() {
        return Timestamps.of(clock.instant());
    }
}
