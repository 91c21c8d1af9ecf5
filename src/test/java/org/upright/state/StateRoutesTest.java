package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;

class StateRoutesTest extends RealExtractsTest {
    @Test
    void the_states_page_lists_every_state_by_regional_group_with_its_counts() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states").body().string();
            assertThat(html).contains("<title>States · UPRight</title>", "<h1>States</h1>", "195 states");
            assertThat(html).contains("African Group", "Western European and Others Group", "Observer states");
            assertThat(html).containsPattern("<a href=\"/states/DZA\">Algeria</a>[\\s\\S]*?>31</td>");
            assertThat(html).contains("<a href=\"/states/SVK\">Slovakia</a>", "<a href=\"/states/VAT\">Holy See</a>");
        });
    }

    @Test
    void the_states_page_also_lists_them_alphabetically() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states?order=name").body().string();
            assertThat(html).contains("All states, A–Z", "<th scope=\"col\" class=\"optional\">Group</th>");
            assertThat(html.indexOf(">Afghanistan<")).isLessThan(html.indexOf(">Zimbabwe<"));
        });
    }

    @Test
    void a_state_page_shows_its_reviews_responses_and_the_recommendations_it_received() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/DZA").body().string();
            assertThat(html).contains("<title>Algeria · UPRight</title>", "<h1>Algeria <span class=\"code\" translate=\"no\">DZA</span></h1>",
                    "African Group");
            assertThat(html).contains("<h2 id=\"reviews-h\">Reviews</h2>", "Cycle 2",
                    "<a href=\"/reviews/" + world.algeria().id() + "\">Session 13</a>");
            assertThat(html).contains("Recommendations received by Algeria", TestWorld.ROME_STATUTE,
                    "Recommended by", "<a href=\"/states/SVK\">Slovakia</a>");
            assertThat(html).contains("Recommendations made by Algeria <small>2</small>",
                    "Complete the process of the ratification of CRPD", "To <a href=\"/states/KAZ\">Kazakhstan</a>");
        });
    }

    @Test
    void a_state_page_says_which_sessions_the_record_holds_for_the_state_and_in_all() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/DZA").body().string();
            assertThat(html).contains("In the record: reviews of Algeria in session 13 (2012).");
            assertThat(html).containsPattern("The record holds sessions? [0-9]");
            String none = client.get("/states/TUV").body().string();
            assertThat(none).contains("In the record: no review of Tuvalu.", "missing from this record, not from the UPR");
        });
    }

    @Test
    void a_state_without_recommendations_says_so() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/TUV").body().string();
            assertThat(html).contains("<h1>Tuvalu", "The record holds no review of Tuvalu yet.",
                    "Tuvalu has received no recommendations in the record.", "Tuvalu has made no recommendations in the record.");
        });
    }

    @Test
    void a_recommending_state_page_lists_what_it_recommended_to_whom() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/SVK").body().string();
            assertThat(html).contains("Recommendations made by Slovakia", TestWorld.ROME_STATUTE,
                    "To <a href=\"/states/DZA\">Algeria</a>");
        });
    }

    @Test
    void a_state_named_by_a_name_or_a_lower_case_code_redirects_to_its_code() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var byName = client.get("/states/Algeria");
            assertThat(byName.code()).isEqualTo(301);
            assertThat(byName.headers().get("Location")).containsExactly("/states/DZA");
            assertThat(client.get("/states/dza").headers().get("Location")).containsExactly("/states/DZA");
            assertThat(client.get("/states/Russian%20Federation").headers().get("Location")).containsExactly("/states/RUS");
            assertThat(client.get("/states/Algeria?received=2").headers().get("Location"))
                    .containsExactly("/states/DZA?received=2");
        });
    }

    @Test
    void an_unknown_state_is_a_404_page_that_names_it_and_links_home() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/states/Atlantis");
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).contains("<h1>Not found</h1>",
                    "No state is known by the code or name 'Atlantis'.", "<a href=\"/\">");
        });
    }

    @Test
    void the_lists_are_paged_by_plain_links_that_htmx_follows_in_place() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String first = client.get("/states/DZA").body().string();
            assertThat(first).contains("Page 1 of 2", "1–20 of 31", "href=\"/states/DZA?received=2#received\"",
                    "hx-get=\"/states/DZA?received=2\"", "hx-target=\"#received\"");
            String second = client.get("/states/DZA?received=2").body().string();
            assertThat(second).contains("Page 2 of 2", "21–31 of 31", "<ol class=\"recs\" start=\"21\">");
            assertThat(second).doesNotContain(TestWorld.ROME_STATUTE);
        });
    }

    @Test
    void with_hx_request_the_state_page_answers_only_the_list_htmx_asked_for() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/states/DZA?received=2", req -> req.header("HX-Request", "true")
                    .header("HX-Target", "received"));
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).doesNotContain("<html", "<header", "<footer", "Reviews</h2>");
            assertThat(html.strip()).startsWith("<section id=\"received\"");
            assertThat(html).contains("Page 2 of 2");
            assertThat(response.headers().get("Vary").getFirst()).contains("HX-Request");

            String made = client.get("/states/SVK", req -> req.header("HX-Request", "true").header("HX-Target", "made"))
                    .body().string();
            assertThat(made.strip()).startsWith("<section id=\"made\"");
        });
    }

    @Test
    void a_history_restore_gets_the_whole_page_although_htmx_sent_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/DZA?received=2", req -> req.header("HX-Request", "true")
                    .header("HX-History-Restore-Request", "true")).body().string();
            assertThat(html).contains("<html", "<h1>Algeria");
        });
    }

    @Test
    void a_page_past_the_end_says_so_and_a_page_that_is_not_a_number_is_a_400() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/DZA?received=9").body().string();
            assertThat(html).contains("There is no page 9: the list has 2 pages.", "hx-get=\"/states/DZA?received=2\"");
            var bad = client.get("/states/DZA?received=two");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body().string()).contains("received must be a whole number, not 'two'.");
        });
    }
}
