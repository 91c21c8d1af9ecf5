package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationsChanged;

/**
 * The public's pages are rendered once per change. To see whether an answer was kept, the record is changed behind
 * the application's back (SQL, no announcement): a kept answer still shows the old text, a fresh one the new.
 */
class ResponseCacheTest {
    @TempDir
    Path dir;
    TestWorld world;
    Recommendation rec;
    String url;

    @BeforeEach
    void world() {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        rec = world.recommendation(TestWorld.ROME_STATUTE);
        url = "/recommendations/" + rec.id();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private void changeTextUnannounced(String text) {
        world.app().database().dsl().execute("UPDATE recommendation SET text = ? WHERE id = ?", text, rec.id().value());
    }

    @Test
    void a_public_page_is_kept_until_a_change_is_announced() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            assertThat(http.get(url).body()).contains("Ratify the Rome Statute");
            changeTextUnannounced("Accede to the Rome Statute without delay");
            assertThat(http.get(url).body()).as("kept").contains("Ratify the Rome Statute");
            world.app().events().publish(new RecommendationsChanged(List.of(rec.id())));
            assertThat(http.get(url).body()).as("forgotten on the announcement").contains("Accede to the Rome Statute");
        });
    }

    @Test
    void a_request_that_may_change_something_forgets_every_kept_answer() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            http.get(url);
            changeTextUnannounced("Accede to the Rome Statute without delay");
            http.post("/sign-in", Http.form("email", "nobody@example.org", "password", "x"));
            assertThat(http.get(url).body()).contains("Accede to the Rome Statute");
        });
    }

    @Test
    void a_signed_in_reader_always_gets_a_fresh_page_with_their_own_name() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "editor@example.org", Role.EDITOR);
            http.get(url);
            changeTextUnannounced("Accede to the Rome Statute without delay");
            String page = http.get(url, "Cookie", editor.cookie()).body();
            assertThat(page).contains("Accede to the Rome Statute", "editor@example.org");
            assertThat(http.get(url).body()).as("the public's kept page holds nobody's name").doesNotContain("editor@example.org");
        });
    }

    @Test
    void an_htmx_fragment_and_the_whole_page_are_kept_apart() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String page = http.get("/search?q=torture").body();
            String fragment = http.get("/search?q=torture", "HX-Request", "true", "HX-Target", "results").body();
            assertThat(page).contains("<html");
            assertThat(fragment).doesNotContain("<html");
            assertThat(http.get("/search?q=torture").body()).isEqualTo(page);
        });
    }

    @Test
    void an_answer_is_not_kept_longer_than_its_age_limit() {
        AtomicLong now = new AtomicLong();
        ResponseCache cache = new ResponseCache(now::get, () -> 0);
        assertThat(ResponseCache.MAX_AGE_NANOS).isPositive();
        io.javalin.Javalin app = io.javalin.Javalin.create(config -> {
            Auth.register(config.routes, new Auth.Authenticator() {
                @Override
                public java.util.Optional<Chrome.Current> session(String id, String address) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Optional<org.upright.common.Viewer> bearer(String token, String address) {
                    return java.util.Optional.empty();
                }
            }, false);
            config.routes.before(cache::answerIfKept);
            config.routes.after(cache::keep);
            AtomicLong views = new AtomicLong();
            config.routes.get("/count", ctx -> ctx.result("view " + views.incrementAndGet()));
        });
        JavalinTest.test(app, (server, client) -> {
            assertThat(client.get("/count").body().string()).isEqualTo("view 1");
            assertThat(client.get("/count").body().string()).isEqualTo("view 1");
            now.addAndGet(ResponseCache.MAX_AGE_NANOS + 1);
            assertThat(client.get("/count").body().string()).isEqualTo("view 2");
        });
    }
}
