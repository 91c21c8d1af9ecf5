package org.upright.analytics;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

/**
 * The statistics API and page over the real extracts: Algeria's session-13 review from UPR Info (31 recommendations:
 * 3 supported, 28 noted) and Kazakhstan's session-20 report (194, its responses pending).
 */
class StatsRoutesTest extends RealExtractsTest {
    /** The import announces its recommendations; the counts are read once the index holds them all. */
    @BeforeAll
    static void indexed() {
        world.app().search().awaitChanges();
    }

    @Test
    void the_api_counts_recommendations_by_cycle_and_response() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/stats?by=cycle&sur=DZA");
            assertThat(response.code()).isEqualTo(200);
            JsonNode json = JsonAnswer.of(response);
            assertThat(json.path("by").asText()).isEqualTo("cycle");
            assertThat(json.path("total").asLong()).isEqualTo(31);
            JsonNode cycle2 = json.path("rows").get(0);
            assertThat(cycle2.path("value").asText()).isEqualTo("2");
            assertThat(cycle2.path("label").asText()).isEqualTo("Cycle 2");
            assertThat(cycle2.path("total").asLong()).isEqualTo(31);
            assertThat(cycle2.path("share").asDouble()).isEqualTo(1.0);
            assertThat(cycle2.path("responses").path("Supported").asLong()).isEqualTo(3);
            assertThat(cycle2.path("responses").path("Noted").asLong()).isEqualTo(28);
            assertThat(cycle2.path("responses").path("Pending").asLong()).isZero();
            assertThat(cycle2.path("responses").path("No response").asLong()).isZero();
        });
    }

    @Test
    void every_row_adds_up_its_responses_to_its_total() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode json = JsonAnswer.of(client.get("/api/v1/stats?by=sur&kind=recommendation"));
            assertThat(json.path("rows").size()).isEqualTo(2);
            for (JsonNode row : json.path("rows")) {
                long sum = 0;
                for (JsonNode n : row.path("responses")) sum += n.asLong();
                assertThat(sum).as(row.path("label").asText()).isEqualTo(row.path("total").asLong());
            }
            assertThat(json.path("total").asLong()).isEqualTo(31 + 194);
        });
    }

    @Test
    void the_api_takes_the_filters_of_search_and_its_total_is_the_search_total() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode stats = JsonAnswer.of(client.get("/api/v1/stats?by=rs&sur=Algeria&q=ratify"));
            JsonNode search = JsonAnswer.of(client.get("/api/v1/search?sur=Algeria&q=ratify"));
            assertThat(stats.path("total").asLong()).isEqualTo(search.path("total").asLong()).isPositive();
            assertThat(stats.path("rows").get(0).path("label").asText()).doesNotMatch("[A-Z]{3}");
        });
    }

    @Test
    void a_cross_table_of_two_dimensions_has_cells_instead_of_responses() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode json = JsonAnswer.of(client.get("/api/v1/stats?by=sur&then=rs_group"));
            JsonNode algeria = json.path("rows").findParents("value").stream().filter(r -> r.path("value").asText().equals("DZA"))
                    .findFirst().orElseThrow();
            assertThat(algeria.path("cells").size()).isPositive();
            assertThat(algeria.has("responses")).isFalse();
        });
    }

    @Test
    void the_csv_of_a_table_holds_a_header_and_every_row() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/stats?by=rs&sur=DZA&format=csv");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").getFirst()).startsWith("text/csv");
            String[] lines = response.body().string().replace("\uFEFF", "").split("\r\n");
            assertThat(lines[0]).isEqualTo("rs,label,total,share,Supported,Noted,Pending,No response");
            JsonNode json = JsonAnswer.of(client.get("/api/v1/stats?by=rs&sur=DZA"));
            assertThat(lines).hasSize(1 + json.path("rows").size());
        });
    }

    @Test
    void an_unknown_dimension_or_filter_is_a_400_that_names_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var byWrong = client.get("/api/v1/stats?by=colour");
            assertThat(byWrong.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(byWrong).path("error").path("message").asText()).contains("'colour'", "cycle, session");
            var filterWrong = client.get("/api/v1/stats?by=cycle&planet=mars");
            assertThat(filterWrong.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(filterWrong).path("error").path("message").asText()).contains("'planet'");
            assertThat(client.get("/api/v1/stats?by=cycle&then=cycle").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/stats?by=cycle&format=xml").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/stats?sur=Atlantis").code()).isEqualTo(400);
            var cycleWrong = client.get("/api/v1/stats?cycle=seven");
            assertThat(cycleWrong.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(cycleWrong).path("error").path("message").asText()).contains("seven");
            assertThat(client.get("/stats?cycle=seven").code()).isEqualTo(400);
        });
    }

    @Test
    void the_statistics_page_shows_the_chart_element_and_the_table_behind_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/stats?q=ratify&by=rs_group");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("class=\"chart\"", "data-chart=", "role=\"img\"", "<table class=\"data\" id=\"stats-table\"",
                    "/webjars/echarts/5.3.1/dist/echarts.min.js", "Download the table as CSV", "format=csv");
            assertThat(client.get("/webjars/echarts/5.3.1/dist/echarts.min.js").code()).isEqualTo(200);
            assertThat(client.get("/js/charts.js").code()).isEqualTo(200);
        });
    }

    @Test
    void the_table_behind_a_chart_speaks_the_readers_language() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String french = inLanguage(client, "/stats?q=ratify&by=rs_group", "fr");
            assertThat(french).contains("<html lang=\"fr\"", "Le tableau derrière le graphique", ">Part</th>",
                    "Télécharger le tableau au format CSV");
            String russian = inLanguage(client, "/stats?q=ratify&by=rs_group", "ru");
            assertThat(russian).contains("<html lang=\"ru\"", "Таблица, на которой основан график", ">Всего</th>", ">Доля</th>");
            String arabic = inLanguage(client, "/stats?q=ratify&by=rs_group", "ar");
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"", "الجدول الذي يستند إليه الرسم البياني", ">المجموع</th>");
            assertThat(arabic).doesNotContain("The table behind the chart", ">Share</th>");
        });
    }

    @Test
    void the_statistics_page_and_its_chart_are_in_french_russian_and_arabic_with_no_english_left() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String french = inLanguage(client, "/stats?by=issue", "fr");
            assertThat(french).contains("<html lang=\"fr\"", ">Statistiques</h1>", "Compter par", "et croiser avec",
                    ">Qui recommande à qui</a>", "Toutes les recommandations, par question et par réponse", ">Appuyée<", " %</td>");
            String russian = inLanguage(client, "/stats?by=sur", "ru");
            assertThat(russian).contains("<html lang=\"ru\"", ">Статистика</h1>", "Считать по признаку", ">Подсчитать</button>",
                    ">Казахстан</th>", "Поддержана");
            String arabic = inLanguage(client, "/stats?by=cycle", "ar");
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"", ">الإحصاءات</h1>", "العدّ حسب", ">الجولة ", "٪</td>");
            for (String page : List.of(french, russian, arabic)) {
                assertThat(page).doesNotContain("Count by", "and across by", "All recommendations", ">Supported<", "Cycle 1<");
            }
        });
    }

    @Test
    void the_lobbying_page_is_in_russian_and_arabic() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String russian = inLanguage(client, "/states/KAZ/lobbying?q=torture", "ru");
            assertThat(russian).contains("<html lang=\"ru\"", "К кому обращаться перед следующим обзором: Казахстан",
                    ">Ранжировать</button>", ">Балл</th>", ">рекомендации</a>");
            String arabic = inLanguage(client, "/states/KAZ/lobbying?q=torture", "ar");
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"", ">رتّب</button>", ">الدرجة</th>", ">الأدلة</th>");
            assertThat(russian + arabic).doesNotContain("Who to lobby", ">Score</th>", ">Rank</button>");
        });
    }

    @Test
    void a_wrong_dimension_on_the_page_is_shown_beside_its_field_and_the_query_is_kept() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/stats?q=" + URLEncoder.encode("death penalty", StandardCharsets.UTF_8) + "&by=colour");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(400);
            assertThat(html).contains("id=\"stats-by-error\"", "there is no dimension", "value=\"death penalty\"");
            assertThat(html).doesNotContain("data-chart=");
        });
    }

    @Test
    void the_home_page_and_a_state_page_carry_their_charts_with_tables() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String home = client.get("/").body().string();
            assertThat(home).contains("id=\"home-cycles-chart\"", "id=\"home-cycles-table\"", "id=\"home-groups-table\"");
            String algeria = client.get("/states/DZA").body().string();
            assertThat(algeria).contains("id=\"state-received-chart\"", "id=\"state-received-table\"", "id=\"state-issues-table\"",
                    "id=\"state-recommenders-table\"", "id=\"state-categories-table\"");
        });
    }

    @Test
    void who_to_lobby_ranks_recommending_states_with_their_evidence() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/states/DZA/lobbying?q=ratify");
            assertThat(response.code()).isEqualTo(200);
            JsonNode items = JsonAnswer.of(response).path("items");
            assertThat(items.size()).isPositive();
            JsonNode first = items.get(0);
            assertThat(first.path("score").asDouble()).isGreaterThanOrEqualTo(items.get(items.size() - 1).path("score").asDouble());
            assertThat(first.path("evidence").path("to_state").asLong()).isPositive();
            assertThat(first.path("evidence").path("summary").asText()).contains("Algeria");
            for (JsonNode item : items) assertThat(item.path("code").asText()).isNotEqualTo("DZA");
        });
    }

    @Test
    void who_to_lobby_without_a_topic_ranks_for_the_issue_the_state_received_most() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode json = JsonAnswer.of(client.get("/api/v1/states/DZA/lobbying"));
            assertThat(json.path("topic").asText()).isNotBlank();
            assertThat(json.path("notes").get(0).asText()).contains("No topic was named", json.path("topic").asText());
            assertThat(json.path("items").size()).isPositive();
        });
    }

    @Test
    void who_to_lobby_with_an_unknown_issue_or_state_or_size_says_what_is_wrong() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var unknown = client.get("/api/v1/states/DZA/lobbying?issue=Astrology");
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(unknown).path("error").path("message").asText()).contains("'Astrology'");
            assertThat(client.get("/api/v1/states/XYZ/lobbying?q=torture").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/states/DZA/lobbying?q=torture&size=0").code()).isEqualTo(400);
        });
    }

    /** The page with ?lang=; the chosen language is a cookie, so English is chosen again for the other tests. */
    private static String inLanguage(io.javalin.testtools.HttpClient client, String path, String language) throws java.io.IOException {
        String page = client.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).body().string();
        client.get("/api/v1?lang=en").body().string();
        return page;
    }
}
