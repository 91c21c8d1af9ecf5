package org.upright.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;

class HomeRoutesTest extends RealExtractsTest {
    @Test
    void the_home_page_counts_the_record_and_lists_the_latest_reviews() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).containsPattern("The record holds reviews of Working Group sessions? \\d+");
            assertThat(response.headers().get("Content-Type").getFirst()).startsWith("text/html");
            assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "<title>Home · UPRight</title>",
                    "<h1>The Universal Periodic Review, on the record</h1>");
            assertThat(html).contains("<dt>Recommendations</dt>", "<dt>Reviews</dt>", "<dt>States reviewed</dt>");
            assertThat(html).contains("Supported", "Noted");
            assertThat(html).contains("<a href=\"/states/DZA\">Algeria</a>",
                    "<a href=\"/reviews/" + world.algeria().id() + "\">Session 13</a>");
        });
    }

    @Test
    void the_home_page_links_the_states_and_the_api() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/").body().string();
            assertThat(html).contains("href=\"/states\"", "href=\"/api/v1\"", "href=\"/api/v1/openapi.json\"");
        });
    }

    @Test
    void every_page_has_a_skip_link_landmarks_and_the_stylesheet() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/").body().string();
            assertThat(html).contains("<a class=\"skip-link\" href=\"#main\">", "<header", "<nav aria-label=\"Main\" class=\"main-nav\">",
                    "<main id=\"main\"", "<footer", "/css/site.css", "/webjars/htmx.org/2.0.10/dist/htmx.min.js");
            assertThat(client.get("/css/site.css").code()).isEqualTo(200);
            assertThat(client.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").code()).isEqualTo(200);
        });
    }

    @Test
    void an_empty_record_says_how_to_fill_it(@TempDir Path emptyDir) {
        try (TestWorld empty = TestWorld.empty(emptyDir)) {
            JavalinTest.test(empty.app().web(), (server, client) -> {
                String html = client.get("/").body().string();
                assertThat(html).contains("The record is empty", "./upright import");
            });
        }
    }
}
