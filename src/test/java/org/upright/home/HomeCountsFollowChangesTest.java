package org.upright.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestWorld;
import org.upright.common.ChangeEvents;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportService;
import org.upright.ingest.ImportSummary;
import org.upright.ingest.JooqSourceFileStore;
import org.upright.recommendation.JooqRecommendationStore;
import org.upright.recommendation.RecommendationFilter;
import org.upright.review.JooqReviewStore;
import org.upright.state.StateDirectory;
import org.upright.store.Database;
import org.upright.web.Display;

/**
 * The home page keeps its counts between views, and counts again after a change: one this node made at once, one
 * another process made once the change log announces it.
 */
class HomeCountsFollowChangesTest {
    @TempDir
    Path dir;

    private static String recommendationsShown(App app) {
        return "<dt>Recommendations</dt><dd>" + Display.number(app.recommendations().count(RecommendationFilter.none())) + "</dd>";
    }

    /** What another process does, e.g. `upright import` while the node serves: no event of this process tells of it. */
    private static void anotherProcessImports(App app, Path file) {
        try (Database other = Database.open(app.settings().dataDir(), app.settings().databaseUrl())) {
            ImportService importer = new ImportService(other, StateDirectory.load(), new JooqReviewStore(other),
                    new JooqRecommendationStore(other), new JooqSourceFileStore(other), new ChangeEvents());
            ImportSummary summary = importer.importPaths(List.of(file), Optional.empty(), ImportListener.SILENT);
            assertThat(summary.files()).allMatch(f -> f.status() == ImportSummary.Status.IMPORTED);
        }
    }

    private static String homeWithin2Seconds(HttpClient client, String expected) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        String html = client.get("/").body().string();
        while (!html.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            html = client.get("/").body().string();
        }
        return html;
    }

    @Test
    void the_home_page_counts_an_import_of_this_node_on_the_next_view() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                assertThat(client.get("/").body().string()).contains("The record is empty");
                world.importFile(TestWorld.UPR_INFO_SAMPLE);
                String first = client.get("/").body().string();
                assertThat(first).contains(recommendationsShown(world.app()), "/reviews/" + world.algeria().id());
                world.importFile(TestWorld.KAZAKHSTAN_REPORT);
                String second = client.get("/").body().string();
                assertThat(second).isNotEqualTo(first)
                        .contains(recommendationsShown(world.app()), "/reviews/" + world.kazakhstan().id());
            });
        }
    }

    @Test
    void the_home_page_keeps_its_counts_until_the_change_log_announces_another_process_import() {
        try (TestWorld world = TestWorld.empty(dir)) {
            world.importFile(TestWorld.UPR_INFO_SAMPLE);
            JavalinTest.test(world.app().web(), (server, client) -> {
                String before = client.get("/").body().string();
                String countedBefore = recommendationsShown(world.app());
                assertThat(before).contains(countedBefore);

                anotherProcessImports(world.app(), TestWorld.KAZAKHSTAN_REPORT);
                String counted = recommendationsShown(world.app());
                assertThat(counted).as("the import added recommendations").isNotEqualTo(countedBefore);
                assertThat(client.get("/").body().string()).as("kept: nothing announced the import yet")
                        .contains(countedBefore).doesNotContain(counted);

                world.app().followChangeLog();
                assertThat(homeWithin2Seconds(client, counted))
                        .contains(counted, "/reviews/" + world.kazakhstan().id());
            });
        }
    }
}
