package org.upright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestDatabase;

/** A node follows the database's change log: every committed change once at least, none skipped. */
class ChangeLogFollowerTest {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;
    Database db;
    final List<Long> handedOn = new ArrayList<>();
    final List<Long> positions = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir, TestDatabase.url(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ChangeLogFollower follower(long position, int reread) {
        return new ChangeLogFollower(db.changeLog(), position, reread, Duration.ofDays(7), (entries, position1) -> {
            entries.forEach(e -> handedOn.add(e.id()));
            positions.add(position1);
        });
    }

    /** Writes a log row with the id given, as a transaction that took that id would on committing. */
    private void logWithId(long id, long recommendation) {
        db.dsl().execute("INSERT INTO change_log (id, logged_at, topic, ids) VALUES (?, ?, 'recommendation', ?)", id,
                START.toEpochMilli(), Long.toString(recommendation));
    }

    @Test
    void each_change_is_handed_on_with_its_ids_and_the_position_follows() {
        ChangeLogFollower follower = follower(0, 0);
        List<ChangeLog.Entry> seen = new ArrayList<>();
        ChangeLogFollower recording = new ChangeLogFollower(db.changeLog(), 0, 0, Duration.ofDays(7), (e, p) -> seen.addAll(e));
        db.transaction(() -> db.changeLog().append(ChangeLog.RECOMMENDATION, List.of(7L, 8L, 7L)));
        db.transaction(() -> db.changeLog().append(ChangeLog.RECOMMENDATION, List.of(9L)));
        follower.poll(START);
        recording.poll(START);
        assertThat(seen).extracting(ChangeLog.Entry::ids).containsExactly(List.of(7L, 8L), List.of(9L));
        assertThat(follower.position()).isEqualTo(seen.get(1).id());
        follower.poll(START);
        assertThat(handedOn).as("nothing is handed on twice by one follower").hasSize(2);
    }

    @Test
    void a_change_committed_after_a_later_one_is_still_handed_on_and_holds_the_position_back() {
        logWithId(1, 100);
        logWithId(3, 300);
        ChangeLogFollower follower = follower(0, 0);
        follower.poll(START);
        assertThat(handedOn).containsExactly(1L, 3L);
        assertThat(follower.position()).as("id 2 may still commit").isEqualTo(1);
        logWithId(2, 200);
        follower.poll(START.plusSeconds(1));
        assertThat(handedOn).containsExactly(1L, 3L, 2L);
        assertThat(follower.position()).isEqualTo(3);
        assertThat(positions).last().isEqualTo(3L);
    }

    @Test
    void an_id_that_never_commits_is_given_up_after_the_wait() {
        logWithId(1, 100);
        logWithId(3, 300);
        ChangeLogFollower follower = follower(0, 0);
        follower.poll(START);
        follower.poll(START.plus(ChangeLogFollower.GAP_WAIT).minusSeconds(1));
        assertThat(follower.position()).isEqualTo(1);
        follower.poll(START.plus(ChangeLogFollower.GAP_WAIT).plusSeconds(1));
        assertThat(follower.position()).as("its transaction rolled back").isEqualTo(3);
    }

    @Test
    void a_follower_starting_again_reads_the_last_few_changes_again() {
        for (long id = 1; id <= 5; id++) logWithId(id, id * 100);
        ChangeLogFollower follower = follower(5, 2);
        follower.poll(START);
        assertThat(handedOn).containsExactly(4L, 5L);
        assertThat(follower.position()).isEqualTo(5);
    }

    @Test
    void changes_older_than_the_retention_are_pruned_and_the_window_says_so() {
        logWithId(1, 100);
        logWithId(2, 200);
        assertThat(db.changeLog().window()).isEqualTo(new org.upright.common.ChangeLogWindow(1, 2));
        assertThat(db.changeLog().prune(START.plusMillis(1))).isEqualTo(2);
        assertThat(db.changeLog().window()).isEqualTo(org.upright.common.ChangeLogWindow.EMPTY);
    }

    @Test
    void on_postgresql_two_transactions_committing_out_of_order_are_both_handed_on() throws Exception {
        assumeTrue(TestDatabase.postgresql(), "only PostgreSQL commits transactions out of id order");
        ChangeLogFollower follower = follower(0, 0);
        CountDownLatch logged = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> db.transaction(() -> {
            db.changeLog().append(ChangeLog.RECOMMENDATION, List.of(1L));
            logged.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(logged.await(10, TimeUnit.SECONDS)).isTrue();
        db.transaction(() -> db.changeLog().append(ChangeLog.RECOMMENDATION, List.of(2L)));
        follower.poll(START);
        assertThat(handedOn).hasSize(1);
        long second = handedOn.get(0);
        assertThat(follower.position()).as("the first transaction's id is still open").isEqualTo(second - 2);
        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        follower.poll(START.plusSeconds(1));
        assertThat(handedOn).containsExactly(second, second - 1);
        assertThat(follower.position()).isEqualTo(second);
    }
}
