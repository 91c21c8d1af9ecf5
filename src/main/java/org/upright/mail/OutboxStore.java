package org.upright.mail;

import java.util.List;
import java.util.Map;

/** Where mails wait to be sent. */
public interface OutboxStore {
    /** Adds the mail; false (and nothing added) when a mail with its dedupe key is there already. */
    default boolean add(Mail mail, String now) {
        return add(mail, now, now);
    }

    /** Adds the mail, not to be sent before {@code dueAt} (a newsletter spreads its mails over time); false as above. */
    boolean add(Mail mail, String now, String dueAt);

    /** Queued mails whose next attempt is due, oldest first. */
    List<OutboxEntry> due(String now, int limit);

    /**
     * Takes a due mail for one sender: moves its next attempt to {@code leaseUntil} when it is still at
     * {@code dueAt}. False when another sender (another node) took it first, so no mail is sent twice.
     */
    boolean claim(long id, String dueAt, String leaseUntil);

    void sent(long id, String now);

    /** Records that the mail was not sent, and why (its subscriber unsubscribed while it waited). */
    void skipped(long id, String reason);

    /** The mails whose dedupe key starts so ("newsletter:7:"), in the order they were queued. */
    List<OutboxEntry> withKeyPrefix(String prefix);

    /** Records a failed attempt; the mail is tried again at {@code nextAttemptAt}, or given up when {@code giveUp}. */
    void failed(long id, int attempts, String error, String nextAttemptAt, boolean giveUp);

    /** Number of mails by status. */
    Map<OutboxStatus, Long> counts();

    /** The latest mails, newest first. */
    List<OutboxEntry> latest(int limit);

    List<OutboxEntry> ofSubscriber(long subscriberId);

    void forgetSubscriber(long subscriberId);
}
