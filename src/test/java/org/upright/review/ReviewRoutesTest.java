package org.upright.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

class ReviewRoutesTest {
    @TempDir
    static Path dir;
    static TestWorld world;
    static String reviewUrl;

    @BeforeAll
    static void world() {
        world = TestWorld.withRealExtracts(dir);
        reviewUrl = "/reviews/" + world.algeria().id();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void a_review_page_shows_the_state_session_cycle_and_dates() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(reviewUrl).body().string();
            assertThat(html).contains("<title>Review of Algeria, session 13 (2012) · UPRight</title>",
                    "<h1>Review of Algeria <small>session 13, 2012</small></h1>");
            assertThat(html).contains("<dt>State under review</dt><dd><a href=\"/states/DZA\">Algeria</a></dd>",
                    "Working Group session 13", "<dt>Cycle</dt><dd>2</dd>", "21 May\u2009–\u20094 June 2012",
                    "<dt>Working Group report</dt>");
        });
    }

    @Test
    void a_review_page_groups_its_recommendations_by_response_with_their_recommending_states() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(reviewUrl).body().string();
            int supported = html.indexOf("<section id=\"supported\"");
            int noted = html.indexOf("<section id=\"noted\"");
            assertThat(supported).isPositive().isLessThan(noted);
            assertThat(html).contains("3 supported", "28 noted");
            String supportedPart = html.substring(supported, noted);
            assertThat(supportedPart).contains("Implement the recommendations made by the Special Rapporteur on freedom"
                    + " of opinion and expression following his 2011 visit", "<a href=\"/states/FRA\">France</a>");
            assertThat(html.substring(noted)).contains(TestWorld.ROME_STATUTE, "<a href=\"/states/SVK\">Slovakia</a>",
                    "<li>International instruments</li>");
        });
    }

    @Test
    void a_recommendation_made_jointly_names_every_recommending_state() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(reviewUrl).body().string();
            assertThat(html).containsPattern("Ratify CED</a></p>\\s*<p class=\"rec-states\">\\s*Recommended by\\s*"
                    + "<a href=\"/states/CHL\">Chile</a>,\\s*<a href=\"/states/FRA\">France</a>,\\s*<a href=\"/states/URY\">Uruguay</a>");
        });
    }

    @Test
    void a_review_read_from_a_working_group_report_shows_its_document_symbol_and_paragraphs() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/reviews/" + world.kazakhstan().id()).body().string();
            assertThat(html).contains("<h1>Review of Kazakhstan <small>session 20, 2014</small></h1>",
                    "<a class=\"symbol\" href=\"https://undocs.org/A/HRC/28/10\"", "27 October\u2009–\u20097 November 2014",
                    "<dt>Recommendations</dt><dd>194", "143 supported", "51 noted");
            assertThat(html).containsPattern("<span class=\"para\">Para. 124.1</span>\\s*</div>\\s*<p class=\"rec-text\">"
                    + "<a href=\"/recommendations/\\d+\">Adopt legislative measures to criminalize torture, violence"
                    + " against women and trafficking in persons in line with international standards</a>");
        });
    }

    @Test
    void an_unknown_review_is_a_404_and_a_review_id_that_is_no_number_a_400() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var missing = client.get("/reviews/9999");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(missing.body().string()).contains("No review has the id 9999.", "<a href=\"/\">");
            var bad = client.get("/reviews/first");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body().string()).contains("A review id is a whole number from 1 up, not 'first'.");
        });
    }

    @Test
    void the_sessions_page_lists_every_session_by_cycle_and_a_session_lists_its_reviews() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String sessions = client.get("/sessions").body().string();
            assertThat(sessions).contains("<h1>Working Group sessions</h1>", "Cycle 1 <small>2008–2011</small>",
                    "<a href=\"/sessions/13\">Session 13</a>");
            String session = client.get("/sessions/13").body().string();
            assertThat(session).contains("<h1>Working Group session 13</h1>", "<a href=\"/states/DZA\">Algeria</a>",
                    "<a href=\"" + reviewUrl + "\">Session 13</a>");
            assertThat(client.get("/sessions/999").code()).isEqualTo(404);
        });
    }
}
