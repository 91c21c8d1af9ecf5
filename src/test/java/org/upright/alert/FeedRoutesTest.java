package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.testtools.JavalinTest;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.web.Http;

/** Atom feeds over HTTP, read back with Rome's parser. */
class FeedRoutesTest {
    @TempDir
    static Path dir;
    static TestWorld world;

    @BeforeAll
    static void world() {
        world = TestWorld.withRealExtracts(dir);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static SyndFeed parse(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void a_states_feed_holds_its_latest_recommendations_each_once_with_a_link_that_opens() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SyndFeed kazakhstan = parse(http.get("/states/KAZ/feed.atom"));
            assertThat(kazakhstan.getTitle()).isEqualTo("Recommendations to Kazakhstan");
            assertThat(kazakhstan.getEntries()).hasSize(FeedRoutes.ENTRIES)
                    .allSatisfy(e -> assertThat(e.getTitle()).startsWith("Recommendation to Kazakhstan").contains("session 20"))
                    .extracting(SyndEntry::getUri).doesNotHaveDuplicates();
            String link = URI.create(kazakhstan.getEntries().getFirst().getLink()).getPath();
            assertThat(http.get(link).statusCode()).isEqualTo(200);

            SyndFeed algeria = parse(http.get("/states/Algeria/feed.atom"));
            assertThat(algeria.getEntries()).hasSize(31);
            assertThat(algeria.getEntries()).anySatisfy(e -> assertThat(e.getDescription().getValue()).isEqualTo(TestWorld.ROME_STATUTE));
            assertThat(http.get("/states/ATL/feed.atom").statusCode()).isEqualTo(404);
        });
    }

    @Test
    void an_issue_feed_holds_only_recommendations_labelled_with_it_and_any_text_is_escaped() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SyndFeed instruments = parse(http.get("/issues/feed.atom?issue=International+instruments"));
            assertThat(instruments.getEntries()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getTitle()).contains("Algeria"));
            String hostile = "<script>alert(1)</script>&";
            SyndFeed none = parse(http.get("/issues/feed.atom?issue=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)));
            assertThat(none.getTitle()).isEqualTo("Recommendations on " + hostile);
            assertThat(none.getEntries()).isEmpty();
            HttpResponse<String> missing = http.get("/issues/feed.atom");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.body()).contains("name the issue to follow");
        });
    }

    @Test
    void a_saved_search_feed_holds_the_newest_matches_of_its_query_and_filters() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            world.app().search().awaitChanges();
            SyndFeed torture = parse(http.get("/search/feed.atom?q=torture&sur=KAZ"));
            assertThat(torture.getTitle()).isEqualTo("Search: torture");
            assertThat(torture.getEntries()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getTitle()).startsWith("Recommendation to Kazakhstan"))
                    .allSatisfy(e -> assertThat(e.getDescription().getValue()).containsIgnoringCase("tortur"));
            long counted = world.app().search().count(new org.upright.search.SearchRequest("torture",
                    java.util.Map.of(org.upright.search.Facet.SUR, java.util.List.of("KAZ")), null, 1, 20, false));
            assertThat(torture.getEntries()).hasSize((int) Math.min(counted, FeedRoutes.ENTRIES));
            HttpResponse<String> wrong = http.get("/search/feed.atom?q=torture&nonsense=1");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("There is no filter 'nonsense'");
        });
    }

    @Test
    void a_theme_feed_needs_a_theme_and_parses_back_even_when_nothing_carries_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SyndFeed none = parse(http.get("/themes/feed.atom?theme=" + URLEncoder.encode("Right to water", StandardCharsets.UTF_8)));
            assertThat(none.getTitle()).isEqualTo("Recommendations on Right to water");
            assertThat(none.getEntries()).isEmpty();
            assertThat(http.get("/themes/feed.atom").statusCode()).isEqualTo(400);
        });
    }
}
