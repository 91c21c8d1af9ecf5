package org.upright.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The serving node's background mail round: every few seconds the jobs given (queue the digests that are due)
 * and then the outbox's due mails. A round that fails is logged and the next one tries again.
 */
public final class MailWorker implements AutoCloseable {
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-worker");
        t.setDaemon(true);
        return t;
    });

    public MailWorker(MailService mail, List<Runnable> before, Duration every) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                before.forEach(Runnable::run);
                mail.deliverDue();
            } catch (RuntimeException e) {
                System.err.println("upright: the mail round failed and runs again in " + every.toSeconds() + " s: " + e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
