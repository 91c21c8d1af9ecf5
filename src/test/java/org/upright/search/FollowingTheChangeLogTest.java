package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.classify.JooqSuggestionStore;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/**
 * A node's index follows the database's change log: changes another process commits (here written straight
 * through a store of a second connection, so no event of this process announces them) become searchable, while
 * the node runs and after it was stopped.
 */
class FollowingTheChangeLogTest {
    static final String QUERY = "issue:\"Freedom of the press\"";
    static final String ROME = "Consider the ratification of the Rome Statute";

    @TempDir
    Path dir;

    /** What another process does: a person accepts a label, through its own connection to the database. */
    private static void anotherProcessLabels(App app, RecommendationId id) {
        try (Database other = Database.open(app.settings().dataDir(), app.settings().databaseUrl())) {
            new JooqSuggestionStore(other).accept(id, LabelKind.ISSUE, "Freedom of the press");
        }
    }

    private static long countWithin2Seconds(SearchWorld world, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        long count = world.count(QUERY);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = world.count(QUERY);
        }
        return count;
    }

    @Test
    void a_running_node_sees_a_label_another_process_accepted_within_two_seconds() throws Exception {
        try (SearchWorld world = SearchWorld.create(dir)) {
            world.app().followChangeLog();
            assertThat(world.count(QUERY)).isEqualTo(1);
            anotherProcessLabels(world.app(), world.id(ROME));
            assertThat(countWithin2Seconds(world, 2)).isEqualTo(2);
        }
    }

    @Test
    void a_node_started_again_catches_up_on_a_change_that_kept_the_count_without_rebuilding() throws Exception {
        RecommendationId rome;
        App first;
        try (SearchWorld world = SearchWorld.create(dir)) {
            world.app().followChangeLog();
            rome = world.id(ROME);
            first = world.app();
        }
        anotherProcessLabels(first, rome);
        try (App again = new App(first.settings())) {
            assertThat(again.search().search(SearchRequest.of(QUERY)).total()).as("not rebuilt: not caught up yet").isEqualTo(1);
            again.followChangeLog();
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (again.search().search(SearchRequest.of(QUERY)).total() != 2 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(again.search().search(SearchRequest.of(QUERY)).total()).isEqualTo(2);
        }
    }

    @Test
    void a_node_stopped_longer_than_the_log_keeps_changes_rebuilds_its_index() {
        RecommendationId rome;
        App first;
        try (SearchWorld world = SearchWorld.create(dir)) {
            rome = world.id(ROME);
            first = world.app();
        }
        anotherProcessLabels(first, rome);
        try (Database db = Database.open(first.settings().dataDir(), first.settings().databaseUrl())) {
            db.transaction(() -> db.changeLog().append("recommendation", java.util.List.of(rome.value())));
            db.changeLog().prune(Instant.now().plusSeconds(1));
            db.transaction(() -> db.changeLog().append("recommendation", java.util.List.of(rome.value())));
        }
        try (App again = new App(first.settings())) {
            assertThat(again.search().search(SearchRequest.of(QUERY)).total()).as("rebuilt on opening").isEqualTo(2);
        }
    }
}
