package org.upright.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

class RecommendationRoutesTest {
    @TempDir
    static Path dir;
    static TestWorld world;
    static String url;

    @BeforeAll
    static void world() {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        url = "/recommendations/" + world.recommendation(TestWorld.ROME_STATUTE).id();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void a_recommendation_page_shows_its_text_states_response_and_action_category() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(url).body().string();
            assertThat(html).contains("<title>Recommendation to Algeria · UPRight</title>",
                    "<h1>Recommendation to Algeria</h1>",
                    "<blockquote class=\"rec-quote\"><p>" + TestWorld.ROME_STATUTE + "</p></blockquote>");
            assertThat(html).contains("<dt>State under review</dt><dd><a href=\"/states/DZA\">Algeria</a></dd>",
                    "<a href=\"/states/SVK\">Slovakia</a>", "<span class=\"badge noted\">Noted</span>",
                    "final position of the state", "5 — specific action", "not numbered in the sources");
            assertThat(html).contains("<a href=\"/reviews/" + world.algeria().id() + "\">Session 13</a>");
        });
    }

    @Test
    void a_recommendation_page_shows_its_labels_with_their_origin() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(url).body().string();
            assertThat(html).contains("<td>Issue</td><th scope=\"row\">International instruments</th><td>from the source</td>",
                    "<th scope=\"row\">Justice</th>");
        });
    }

    @Test
    void a_recommendation_page_shows_every_source_it_was_read_from() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(url).body().string();
            assertThat(html).contains("<caption>Every document this recommendation was read from, as each gave it</caption>",
                    "<th scope=\"row\">UPR Info database</th>", "upr_info_raw_macroman_cr_sample.csv</span>, line 2", " UTC</time></td>");
        });
    }

    @Test
    void a_recommendation_from_a_working_group_report_shows_its_paragraph_and_that_the_response_may_change() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var rec = world.recommendation("Complete the process of the ratification of CRPD");
            String html = client.get("/recommendations/" + rec.id()).body().string();
            assertThat(html).contains("<h1>Recommendation 125.3 to Kazakhstan</h1>", "<a href=\"/states/DZA\">Algeria</a>",
                    "<dt>Paragraph</dt><dd>125.3</dd>", "<span class=\"badge supported\">Supported</span>",
                    "not final: a later source may change it", "not categorised");
            assertThat(html).contains("kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt");
        });
    }

    @Test
    void a_source_is_named_by_its_document_and_its_report_symbol_links_to_the_un_document() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var rec = world.recommendation("Complete the process of the ratification of CRPD");
            String html = client.get("/recommendations/" + rec.id()).body().string();
            assertThat(html).contains("<th scope=\"row\">Working Group report<br><a class=\"symbol\" href=\"https://undocs.org/A/HRC/28/10\"",
                    "given by Working Group report <a class=\"symbol\" href=\"https://undocs.org/A/HRC/28/10\"");
            String review = client.get("/reviews/" + rec.review().value()).body().string();
            assertThat(review).contains("<a class=\"symbol\" href=\"https://undocs.org/A/HRC/28/10\"");
        });
    }

    @Test
    void a_recommendation_page_lists_the_recommendations_most_like_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get(url).body().string();
            String similar = html.substring(html.indexOf("<h2 id=\"similar-h\">Similar recommendations</h2>"));
            assertThat(similar).contains("<ol class=\"recs\">", "Rome Statute").doesNotContain("href=\"" + url + "\"");
        });
    }

    @Test
    void an_unknown_recommendation_is_a_404_page_that_says_so() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/recommendations/424242");
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).contains("No recommendation has the id 424242.", "<a href=\"/\">");
        });
    }
}
