package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

class SearchRoutesTest {
    @TempDir
    static Path dir;
    static TestWorld world;

    @BeforeAll
    static void world() {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static String page(String url) {
        String[] html = new String[1];
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get(url);
            assertThat(response.code()).as(url).isEqualTo(200);
            html[0] = response.body().string();
        });
        return html[0];
    }

    /** The number in the results' heading ("31 results"). */
    private static int total(String html) {
        Matcher m = Pattern.compile("<h2 id=\"results-h\"[^>]*>([0-9,]+) results?").matcher(html);
        assertThat(m.find()).as("the results' heading").isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void a_search_lists_hits_with_the_matched_words_marked_and_who_made_them_to_whom() {
        String html = page("/search?q=Rome+Statute&sur=DZA");
        long id = world.recommendation(TestWorld.ROME_STATUTE).id().value();
        assertThat(html).contains("<title>Rome Statute · Search · UPRight</title>",
                "<a href=\"/recommendations/" + id + "\">Ratify the <mark>Rome</mark> <mark>Statute</mark> of the",
                "To <a href=\"/states/DZA\">Algeria</a>", "<a href=\"/states/SVK\">Slovakia</a>",
                "<span class=\"badge noted\">Noted</span>", "Session 13 · 2012 · cycle 2",
                "<li>International instruments</li>");
    }

    @Test
    void the_facets_show_every_value_with_its_count_and_states_by_name() {
        String html = page("/search");
        assertThat(total(html)).isEqualTo(225);
        assertThat(html).contains("<legend>State under review</legend>", "<legend>Response</legend>",
                "<legend>Recommending state</legend>");
        assertThat(html).containsPattern("name=\"sur\" value=\"KAZ\"[^>]*>\\s*<label for=\"f-sur-kaz\">Kazakhstan <span class=\"count\">194</span>");
        assertThat(html).containsPattern("name=\"sur\" value=\"DZA\"[^>]*>\\s*<label for=\"f-sur-dza\">Algeria <span class=\"count\">31</span>");
    }

    @Test
    void ticked_values_are_checked_and_listed_first_and_each_can_be_removed() {
        String html = page("/search?response=Noted&sur=DZA");
        assertThat(total(html)).isEqualTo(28);
        assertThat(html).contains("<input type=\"checkbox\" id=\"f-sur-dza\" name=\"sur\" value=\"DZA\" checked>");
        String responses = html.substring(html.indexOf("<legend>Response</legend>"));
        assertThat(responses.indexOf("value=\"Noted\"")).isLessThan(responses.indexOf("value=\"Supported\""));
        assertThat(html).contains("<span class=\"muted\">State under review:</span> Algeria",
                "href=\"/search?response=Noted\"");
    }

    @Test
    void several_values_of_one_facet_are_ored_and_facets_anded() {
        assertThat(total(page("/search?sur=DZA&sur=KAZ"))).isEqualTo(225);
        assertThat(total(page("/search?sur=DZA&sur=KAZ&response=Noted"))).isEqualTo(28 + 51);
    }

    @Test
    void paging_links_keep_the_whole_search() {
        String html = page("/search?sur=KAZ&response=Noted&sort=session&explain=1");
        assertThat(html).contains("Page 1 of 3",
                "href=\"/search?sur=KAZ&amp;response=Noted&amp;sort=session&amp;page=2&amp;explain=1#search-form\"");
        String second = page("/search?sur=KAZ&response=Noted&sort=session&page=2&explain=1");
        assertThat(second).contains("Page 2 of 3", "<ol class=\"recs hits\" start=\"21\">",
                "href=\"/search?sur=KAZ&amp;response=Noted&amp;sort=session&amp;explain=1#search-form\"",
                "<option value=\"session\" selected>", "name=\"explain\" value=\"1\" checked");
    }

    @Test
    void why_it_matched_names_the_words_and_where_they_matched() {
        assertThat(page("/search?q=torture&sur=KAZ")).doesNotContain("<div class=\"why\">");
        String html = page("/search?q=torture&sur=KAZ&explain=1");
        assertThat(html).contains("<div class=\"why\">", "<q>torture</q> matched <code>");
    }

    @Test
    void a_misspelt_word_offers_the_search_with_the_word_corrected_and_the_filters_kept() {
        String html = page("/search?q=torure&sur=KAZ");
        assertThat(html).contains("Did you mean <a href=\"/search?q=torture&amp;sur=KAZ\"");
    }

    @Test
    void a_repaired_query_says_what_was_repaired() {
        String html = page("/search?q=%22peaceful+assembly");
        assertThat(html).contains("<ul class=\"notices\" role=\"status\">");
        assertThat(total(html)).isPositive();
    }

    @Test
    void the_result_set_can_be_downloaded_with_the_same_search() {
        String html = page("/search?q=torture&sur=KAZ&page=2&explain=1");
        assertThat(html).contains("<a href=\"/search/export.csv?q=torture&amp;sur=KAZ\" download>CSV</a>",
                "<a href=\"/search/export.xlsx?q=torture&amp;sur=KAZ\" download>XLSX</a>",
                "<a href=\"/search/export.json?q=torture&amp;sur=KAZ\" download>JSON</a>");
    }

    @Test
    void htmx_gets_only_the_form_and_the_short_address_to_show() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/search?q=&sur=DZA&sort=relevance&page=2", req -> req.header("HX-Request", "true")
                    .header("HX-Target", "search-form"));
            String html = response.body().string();
            assertThat(html.strip()).startsWith("<form id=\"search-form\"").doesNotContain("<html", "<h1>");
            assertThat(html).contains("<h2 id=\"results-h\" tabindex=\"-1\">31 results");
            assertThat(response.headers().get("HX-Push-Url")).containsExactly("/search?sur=DZA&page=2");
            assertThat(response.headers().get("Vary").getFirst()).contains("HX-Request");

            var ticked = client.get("/search?sur=DZA", req -> req.header("HX-Request", "true")
                    .header("HX-Trigger", "search-form"));
            assertThat(ticked.body().string()).as("the focus stays on the facet ticked")
                    .contains("<h2 id=\"results-h\">31 results");
        });
    }

    @Test
    void the_search_works_without_javascript_as_one_get_form() {
        String html = page("/search?q=torture");
        assertThat(html).contains("<form id=\"search-form\" class=\"search-form\" action=\"/search\" method=\"get\" role=\"search\"",
                "<input id=\"q\" name=\"q\" type=\"search\" value=\"torture\"", "<noscript><button type=\"submit\" class=\"apply\">");
    }

    @Test
    void a_filter_that_cannot_be_understood_is_a_400_page_that_says_why() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var unknownState = client.get("/search?sur=Atlantis");
            assertThat(unknownState.code()).isEqualTo(400);
            assertThat(unknownState.body().string()).contains("sur: no state is known by the code or name 'Atlantis'");
            // a parameter the page does not know is left out (see a_shared_link_with_parameters_added_on_the_way…)
        });
    }

    @Test
    void suggestions_complete_the_last_words_to_a_state_as_links_to_the_search() {
        String html = page("/search/suggest?q=torture+kazak");
        assertThat(html).startsWith("<ul id=\"suggestions\"").contains("Kazakhstan",
                "href=\"/search?q=torture+sur%3AKAZ\"");
        assertThat(page("/search/suggest?q=")).contains("<ul id=\"suggestions\" class=\"suggestions\" aria-label=\"Suggestions\" hidden>");
    }

    @Test
    void the_help_page_explains_the_query_language_with_every_field_and_examples_to_try() {
        String html = page("/search/help");
        assertThat(html).contains("<h1>How to search</h1>", "<code>\"peaceful assembly\"</code>", "<code>discriminat*</code>",
                "<code>torture NOT police</code>");
        for (Facet facet : Facet.values()) assertThat(html).contains("<code>" + facet.id() + ":</code>");
        assertThat(html).contains("<a href=\"/search?q=%22peaceful+assembly%22+sur%3AKAZ+response%3Anoted\">");
    }

    @Test
    void the_help_and_the_search_pages_read_in_french_russian_and_arabic_with_the_query_syntax_as_typed() {
        try {
            readInOtherLanguages();
        } finally {
            page("/search/help?lang=en"); // the chosen language is a cookie: the other tests read English
        }
    }

    private static void readInOtherLanguages() {
        String french = page("/search/help?lang=fr");
        assertThat(french).contains("<html lang=\"fr\"", "<h1>Comment chercher</h1>", "<h2 id=\"operators-h\">Opérateurs</h2>",
                "<th scope=\"col\">Ce qu'il limite</th>", "<td>État examiné</td>", "<code>torture NOT police</code>", "ce que la France a recommandé en 2014");
        String russian = page("/search?kind=documents&q=assembly&lang=ru");
        assertThat(russian).contains("<html lang=\"ru\"", "<title>assembly · Поиск по документам", "<h1>Поиск в базе</h1>",
                "<code>sur:KAZ</code>");
        String arabic = page("/search?lang=ar");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"", "<h1>البحث في السجل</h1>", "<code>response:noted</code>");
    }

    @Test
    void the_main_navigation_and_the_home_page_lead_to_the_search() {
        String home = page("/");
        assertThat(home).contains("<li><a href=\"/search\">Search</a></li>",
                "<form class=\"home-search\" action=\"/search\" method=\"get\" role=\"search\">");
        assertThat(page("/search")).contains("<li><a href=\"/search\" aria-current=\"page\">Search</a></li>");
    }

    @Test
    void a_shared_link_with_parameters_added_on_the_way_opens_the_search_it_names() {
        String html = page("/search?q=torture&sur=KAZ&utm_source=newsletter&utm_medium=email&fbclid=IwAR0x");
        assertThat(total(html)).isEqualTo(total(page("/search?q=torture&sur=KAZ"))).isPositive();
        JavalinTest.test(world.app().web(), (server, client) -> {
            var api = client.get("/api/v1/search?q=torture&utm_source=newsletter");
            assertThat(api.code()).as("the API names what it does not know").isEqualTo(400);
            assertThat(api.body().string()).contains("There is no filter 'utm_source'");
        });
    }

    @Test
    void a_long_query_is_cut_short_in_the_title_and_the_heading() {
        String query = "torture ".repeat(300).strip();
        String html = page("/search?q=" + query.replace(' ', '+'));
        Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(html);
        assertThat(title.find()).isTrue();
        assertThat(title.group(1)).hasSizeLessThan(120).startsWith("torture torture").contains("… · Search");
        assertThat(html).containsPattern("<small>for <bdi>torture[a-z ]*…</bdi></small>");
    }

    @Test
    void a_search_that_finds_nothing_offers_nothing_to_download() {
        String nothing = page("/search?q=qqqqzzzzqqqq");
        assertThat(total(nothing)).isZero();
        assertThat(nothing).doesNotContain("Download all", "/search/export.");
        assertThat(page("/search?q=torture")).contains("Download all");
    }
}
