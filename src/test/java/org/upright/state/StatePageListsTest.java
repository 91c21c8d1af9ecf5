package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.Http;

/**
 * A state's page lists what it received and made as its reports read them, and filters, searches and exports
 * those lists without JavaScript. Kazakhstan's 2014 Working Group report numbers its recommendations 105.1 … 105.n.
 */
class StatePageListsTest extends RealExtractsTest {
    private static final Pattern PARAGRAPH = Pattern.compile("<span class=\"para\">Para\\. ([^<]+)</span>");
    private static final Pattern BADGE = Pattern.compile("<li class=\"rec\">\\s*<div class=\"rec-meta\">\\s*<span class=\"badge [^\"]*\">([^<]+)</span>");

    @Test
    void kazakhstans_recommendations_read_in_the_order_of_its_report_not_in_text_order() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            List<String> paragraphs = new ArrayList<>();
            for (int page = 1; page <= 30; page++) {
                String html = http.get("/states/KAZ?received=" + page).body();
                List<String> found = all(PARAGRAPH, section(html, "received"));
                if (found.isEmpty()) break;
                paragraphs.addAll(found);
            }
            assertThat(paragraphs).hasSizeGreaterThan(100);
            List<String> byNumber = paragraphs.stream().sorted(Comparator.comparing((String p) -> number(p, 0)).thenComparing(p -> number(p, 1))).toList();
            assertThat(paragraphs).containsExactlyElementsOf(byNumber);
            assertThat(paragraphs).isNotEqualTo(paragraphs.stream().sorted().toList()); // text order would put 105.10 before 105.2
        });
    }

    @Test
    void the_received_list_is_filtered_by_response_cycle_and_issue_without_javascript() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String page = http.get("/states/KAZ").body();
            assertThat(page).contains("<form method=\"get\" action=\"/states/KAZ#received\" class=\"list-filters\"",
                    "name=\"cycle\"", "name=\"issue\"", "name=\"response\"");
            // Kazakhstan made none in these extracts: its empty list offers no filters
            assertThat(page).doesNotContain("name=\"made_response\"").contains("Kazakhstan has made no recommendations in the record.");

            String noted = section(http.get("/states/KAZ?response=noted").body(), "received");
            assertThat(all(BADGE, noted)).isNotEmpty().containsOnly("Noted");
            long notedCount = world.app().recommendations().countByResponse(new org.upright.recommendation.RecommendationFilter(
                    org.upright.common.StateCode.of("KAZ"), List.of(), null, null, org.upright.recommendation.Response.NOTED, null, false))
                    .getOrDefault(org.upright.recommendation.Response.NOTED, 0L);
            assertThat(noted).contains("Recommendations received by Kazakhstan <small>" + notedCount + "</small>");

            assertThat(http.get("/states/KAZ?cycle=1").body()).contains("No recommendation received by Kazakhstan matches these filters.");

            // the UPR Info sample labels Algeria's recommendations with issues
            Matcher option = Pattern.compile("<select id=\"received-issue\" name=\"issue\">\\s*<option value=\"\">any</option>\\s*"
                    + "<option value=\"([^\"]+)\">[^<]+ \\((\\d+)\\)</option>").matcher(http.get("/states/DZA").body());
            assertThat(option.find()).as("an issue to choose").isTrue();
            String issue = org.jsoup.parser.Parser.unescapeEntities(option.group(1), true);
            String byIssue = http.get("/states/DZA?issue=" + java.net.URLEncoder.encode(issue, java.nio.charset.StandardCharsets.UTF_8)).body();
            assertThat(section(byIssue, "received")).contains("<small>" + option.group(2) + "</small>");
        });
    }

    @Test
    void filtering_one_list_keeps_the_others_filter_and_page() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = new Http(server.port()).get("/states/KAZ?response=noted&made_response=supported&made=2").body();
            assertThat(html).contains("<input type=\"hidden\" name=\"made_response\" value=\"supported\">",
                    "<input type=\"hidden\" name=\"made\" value=\"2\">");
            assertThat(html).contains("href=\"/states/KAZ?response=noted&amp;received=2&amp;made_response=supported&amp;made=2#received\"");
        });
    }

    @Test
    void responses_are_split_by_cycle_and_each_count_opens_the_list_it_counts() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = new Http(server.port()).get("/states/KAZ").body();
            assertThat(html).contains("<table class=\"data compact responses-by-cycle\">", "No response yet",
                    "<a href=\"/states/KAZ?cycle=2#received\">Cycle 2</a>", "href=\"/states/KAZ?cycle=2&amp;response=noted#received\"");
        });
    }

    @Test
    void each_list_is_also_a_search_and_an_export_that_hold_the_same_recommendations() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            world.app().search().awaitChanges();
            Http http = new Http(server.port());
            String received = http.get("/states/KAZ?response=noted").body();
            String search = "sur=KAZ&amp;kind=recommendation&amp;response=Noted&amp;sort=session";
            assertThat(received).contains("href=\"/search?" + search + "\"", "href=\"/search/export.csv?" + search + "\"",
                    "href=\"/search/export.xlsx?" + search + "\"");
            long listed = total(section(received, "received"));
            JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.get("/api/v1/search?" + search.replace("&amp;", "&")).body());
            assertThat(api.path("total").asLong()).isEqualTo(listed);
            String csv = http.get("/search/export.csv?" + search.replace("&amp;", "&")).body();
            assertThat(csv).contains("Kazakhstan");

            String made = http.get("/states/DZA?made_cycle=2").body();
            assertThat(made).contains("href=\"/search?rs=DZA&amp;kind=recommendation&amp;cycle=2&amp;sort=session\"");
        });
    }

    @Test
    void the_lists_kept_between_views_follow_an_import(@org.junit.jupiter.api.io.TempDir java.nio.file.Path own) {
        try (org.upright.TestWorld fresh = org.upright.TestWorld.empty(own)) {
            JavalinTest.test(fresh.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                assertThat(http.get("/states/KAZ").body()).contains("Kazakhstan has received no recommendations in the record.");
                fresh.importFile(org.upright.TestWorld.KAZAKHSTAN_REPORT);
                String after = http.get("/states/KAZ").body();
                assertThat(after).doesNotContain("has received no recommendations").containsPattern("Para\\. \\d+\\.1</span>");
                assertThat(total(section(after, "received"))).isGreaterThan(100);
            });
        }
    }

    @Test
    void a_filter_that_is_not_one_is_a_400_that_names_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            var maybe = http.get("/states/KAZ?response=maybe");
            assertThat(maybe.statusCode()).isEqualTo(400);
            assertThat(maybe.body()).contains("response is one of supported, noted, pending, none, not 'maybe'.");
            var cycle = http.get("/states/KAZ?made_cycle=0");
            assertThat(cycle.statusCode()).isEqualTo(400);
            assertThat(cycle.body()).contains("made_cycle is a UPR cycle");
        });
    }

    private static String section(String html, String id) {
        int from = html.indexOf("<section id=\"" + id + "\"");
        assertThat(from).as("the list " + id).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from));
    }

    private static long total(String section) {
        Matcher m = Pattern.compile("<small>([\\d,]+)</small>").matcher(section);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static int number(String paragraph, int part) {
        String[] parts = paragraph.split("\\.");
        return part < parts.length ? Integer.parseInt(parts[part].replaceAll("\\D", "")) : -1;
    }
}
