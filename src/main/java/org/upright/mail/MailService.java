package org.upright.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final OutboxStore store;
    private final Optional<MailSender> sender;
    private final Clock clock;

    public MailService(OutboxStore store, Optional<MailSender> sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /** Puts the mail in the outbox; false when a mail with the same dedupe key is there already. */
    public boolean queue(Mail mail) {
        return store.add(mail, now());
    }

    /** Sends the mails that are due; the number delivered. Does nothing without a sender. */
    public synchronized int deliverDue() {
        if (sender.isEmpty()) return 0;
        int delivered = 0;
        Instant now = clock.instant();
        for (OutboxEntry e : store.due(Timestamps.of(now), BATCH)) {
            if (!store.claim(e.id(), e.nextAttemptAt(), Timestamps.of(now.plus(LEASE)))) continue;
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

    private String now() {
        return Timestamps.of(clock.instant());
    }
}
