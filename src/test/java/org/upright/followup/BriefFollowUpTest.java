package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.web.JsonAnswer;

/** The advocacy brief's follow-up sections: what the assessments say, and the chains of repeats still open. */
class BriefFollowUpTest {
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    @TempDir
    static Path dir;
    static TestWorld world;
    static Recommendation y2017;

    @BeforeAll
    static void linkedAndAssessed() throws Exception {
        world = RepeatsTest.withEarlierAndLaterReviews(dir);
        world.app().repeats().linkAll(done -> { });
        RepeatsTest.world = world;
        y2017 = RepeatsTest.of("DZA", 27, RepeatsTest.ROME + " without delay");
        Recommendation cycle2 = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("DZA"), 13)).getLast();
        world.app().followUp().add(EDITOR, cycle2.id(), new AssessmentForm("2015-02-01", "partially implemented", "government",
                "Ministry of Justice", "", "", "", "", "", "public"));
        world.app().followUp().add(EDITOR, cycle2.id(), new AssessmentForm("2015-03-01", "not started", "civil society",
                "A members-only source", "", "", "", "", "", "private"));
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void the_brief_lists_the_chain_still_open_by_its_latest_recommendation_and_says_what_public_assessments_say() {
        long received = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("DZA"), 13)).size();
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode brief = JsonAnswer.of(client.get("/api/v1/states/DZA/brief"));
            JsonNode rome = null;
            for (JsonNode line : brief.path("repeated")) if (line.path("url").asText().equals("/recommendations/" + y2017.id())) rome = line;
            assertThat(rome).as("the 2017 call to ratify the Rome Statute ends a chain: " + brief.path("repeated")).isNotNull();
            assertThat(rome.path("chain").asText()).isEqualTo("Recommended in 2008, 2012 and 2017; noted three times; still open.");
            assertThat(brief.path("repeated").findValues("url")).extracting(JsonNode::asText)
                    .as("a recommendation a later one repeats is not the end of its chain")
                    .doesNotContain("/recommendations/" + RepeatsTest.of("DZA", 13, RepeatsTest.ROME).id());
            assertThat(brief.path("assessments").get(0).asText())
                    .isEqualTo("Cycle 2: 1 of " + received + " recommendations assessed; government: 1 partially implemented.");

            String page = client.get("/states/DZA/brief").body().string();
            assertThat(page).contains("Repeated across cycles and still open", "Recommended in 2008, 2012 and 2017; noted three times; still open.",
                    "Cycle 2: 1 of " + received).doesNotContain("A members-only source", "No implementation assessments are in the record yet");
        });
    }

    @Test
    void a_state_without_repeats_gets_a_brief_that_says_so() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String page = client.get("/states/FRA/brief").body().string();
            assertThat(page).contains("Repeated across cycles and still open", "No recommendation to France is linked as repeating");
        });
    }
}
