package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationFilter;
import org.upright.web.JsonAnswer;

/** The states list keeps its counts between views, and counts again after the record changes. */
class StateCountsFollowChangesTest {
    @TempDir
    Path dir;

    private static long receivedByKazakhstan(HttpClient client) {
        JsonNode items = JsonAnswer.of(client.get("/api/v1/states")).path("items");
        for (JsonNode item : items) {
            if (item.path("code").asText().equals("KAZ")) return item.path("recommendations_received").asLong();
        }
        throw new AssertionError("KAZ is missing from /api/v1/states");
    }

    @Test
    void the_states_list_counts_an_import_on_the_next_view() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                assertThat(receivedByKazakhstan(client)).isZero();
                world.importFile(TestWorld.KAZAKHSTAN_REPORT);
                long counted = world.app().recommendations().count(new RecommendationFilter(StateCode.of("KAZ"),
                        java.util.List.of(), null, null, null, null, false));
                assertThat(counted).isPositive();
                assertThat(receivedByKazakhstan(client)).isEqualTo(counted);
                assertThat(client.get("/states").body().string()).contains("Kazakhstan");
            });
        }
    }
}
