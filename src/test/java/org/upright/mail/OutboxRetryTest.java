package org.upright.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

/**
 * The outbox against a real SMTP server that goes down: mails wait and are tried again after a back-off, none is
 * lost, and when the server is back each arrives exactly once. The clock is the test's, so back-off is not waited.
 */
class OutboxRetryTest {
    @TempDir
    Path dir;
    MailServer smtp;
    TestWorld world;
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    MailService outbox;

    @BeforeEach
    void start() {
        smtp = new MailServer();
        world = TestWorld.empty(dir);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        outbox = new MailService(new JooqOutboxStore(world.app().database()),
                Optional.of(new SmtpSender(SmtpAddress.parse(smtp.url()))), clock);
    }

    @AfterEach
    void stop() {
        world.close();
        smtp.close();
    }

    private static Mail mail(int i) {
        return new Mail("reader" + i + "@example.org", "Reader " + i, "Alert " + i, "text " + i, "<p>html " + i + "</p>", null, "alert-" + i, null);
    }

    @Test
    void mail_queued_while_the_server_is_down_arrives_exactly_once_after_it_is_back() {
        smtp.stop();
        for (int i = 1; i <= 3; i++) assertThat(outbox.queue(mail(i))).isTrue();
        assertThat(outbox.queue(mail(1))).as("the same alert queued again").isFalse();

        assertThat(outbox.deliverDue()).isZero();
        assertThat(outbox.status().latest()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).contains("127.0.0.1");
        });

        smtp.start();
        now = now.plusSeconds(10);
        assertThat(outbox.deliverDue()).as("the back-off has not passed yet").isZero();
        assertThat(smtp.received()).isEmpty();

        now = now.plus(Backoff.after(1));
        assertThat(outbox.deliverDue()).isEqualTo(3);
        now = now.plus(Duration.ofHours(1));
        assertThat(outbox.deliverDue()).isZero();
        assertThat(smtp.received()).extracting(MailServer::subject).containsExactlyInAnyOrder("Alert 1", "Alert 2", "Alert 3");
        assertThat(outbox.status().counts()).containsEntry(OutboxStatus.SENT, 3L).containsEntry(OutboxStatus.QUEUED, 0L);
    }

    @Test
    void each_failure_waits_longer_up_to_six_hours_and_a_mail_is_given_up_only_after_many_tries() {
        assertThat(List.of(1, 2, 3, 4).stream().map(Backoff::after).toList())
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240));
        assertThat(Backoff.after(15)).isEqualTo(Duration.ofHours(6));
        smtp.stop();
        outbox.queue(mail(9));
        for (int attempt = 1; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
            outbox.deliverDue();
            now = now.plus(Backoff.after(attempt)).plusSeconds(1);
        }
        assertThat(outbox.status().counts()).containsEntry(OutboxStatus.FAILED, 1L);
        assertThat(outbox.status().latest().getFirst().attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
    }

    @Test
    void a_mail_without_a_server_stays_in_the_outbox() {
        MailService nowhere = new MailService(new JooqOutboxStore(world.app().database()), Optional.empty(), Clock.systemUTC());
        nowhere.queue(mail(5));
        assertThat(nowhere.deliverDue()).isZero();
        assertThat(nowhere.status().sender()).isEmpty();
        assertThat(nowhere.status().counts()).containsEntry(OutboxStatus.QUEUED, 1L);
    }
}
