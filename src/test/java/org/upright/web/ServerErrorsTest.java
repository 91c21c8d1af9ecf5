package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

/** What the web server refuses before the application sees it is answered with UPRight's own page, not the server's bare one. */
class ServerErrorsTest {
    @TempDir
    Path dir;

    @Test
    void an_address_longer_than_the_server_takes_gets_the_sites_own_414_page() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                HttpResponse<String> answer = new Http(server.port()).get("/search?q=" + "torture+".repeat(10_000));
                assertThat(answer.statusCode()).isEqualTo(414);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                assertThat(answer.body()).contains("<title>The address is too long · UPRight</title>", "href=\"/css/site.css\"",
                        "Shorten it").doesNotContain("Powered by Jetty", "<h2>HTTP ERROR");
            });
        }
    }

    @Test
    void headers_larger_than_the_server_takes_get_the_sites_own_431_page() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                HttpResponse<String> answer = new Http(server.port()).get("/", "Cookie", "crumbs=" + "c".repeat(70_000));
                assertThat(answer.statusCode()).isEqualTo(431);
                assertThat(answer.body()).contains("The request's headers are too large", "Delete this site's cookies",
                        "href=\"/css/site.css\"").doesNotContain("Powered by Jetty");
            });
        }
    }
}
