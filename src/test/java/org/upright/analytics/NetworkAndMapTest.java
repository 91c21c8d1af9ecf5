package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.search.Facet;
import org.upright.search.SearchRequest;
import org.upright.search.SearchSort;
import org.upright.web.JsonAnswer;

/**
 * The recommending-state network and the world map over the real extracts (Algeria's session-13 review, Kazakhstan's
 * session-20 report): every pair of the network and every state of the map counts what search counts for it.
 */
class NetworkAndMapTest extends RealExtractsTest {
    @BeforeAll
    static void indexed() {
        world.app().search().awaitChanges();
    }

    private static long searchCount(String q, Map<Facet, List<String>> filters) {
        return world.app().search().count(new SearchRequest(q, filters, SearchSort.SESSION, 1, 1, false));
    }

    @Test
    void each_pair_of_the_network_counts_what_search_finds_from_that_state_to_that_state() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode json = JsonAnswer.of(client.get("/api/v1/stats/network?q=torture"));
            assertThat(json.path("total").asLong()).isEqualTo(searchCount("torture", Map.of()));
            assertThat(json.path("edges").size()).isPositive();
            long previous = Long.MAX_VALUE;
            for (JsonNode e : json.path("edges")) {
                long count = e.path("count").asLong();
                assertThat(count).isLessThanOrEqualTo(previous);
                previous = count;
                assertThat(count).as(e.toString()).isEqualTo(searchCount("torture",
                        Map.of(Facet.RS, List.of(e.path("from").asText()), Facet.SUR, List.of(e.path("to").asText()))));
            }
            // each node's made and received add up the edges drawn
            for (JsonNode n : json.path("nodes")) {
                long made = 0, received = 0;
                for (JsonNode e : json.path("edges")) {
                    if (e.path("from").asText().equals(n.path("code").asText())) made += e.path("count").asLong();
                    if (e.path("to").asText().equals(n.path("code").asText())) received += e.path("count").asLong();
                }
                assertThat(n.path("made").asLong()).isEqualTo(made);
                assertThat(n.path("received").asLong()).isEqualTo(received);
            }
        });
    }

    @Test
    void the_network_keeps_the_heaviest_pairs_and_says_how_many_it_left_out_while_the_csv_holds_them_all() {
        SearchRequest everything = new SearchRequest("", Map.of(), SearchSort.SESSION, 1, 1, false);
        Network all = world.app().stats().network(everything, Integer.MAX_VALUE);
        Network ten = world.app().stats().network(everything, 10);
        assertThat(all.edges().size()).isGreaterThan(10);
        assertThat(ten.edges()).isEqualTo(all.edges().subList(0, 10));
        assertThat(ten.hiddenEdges()).isEqualTo(all.edges().size() - 10);
        assertThat(ten.notes()).anyMatch(n -> n.contains((all.edges().size() - 10) + " smaller pairs are left out"));
        JavalinTest.test(world.app().web(), (server, client) -> {
            String csv = client.get("/api/v1/stats/network?format=csv").body().string();
            assertThat(csv.lines().count()).isEqualTo(1 + all.edges().size());
            assertThat(csv).contains("rs,rs_name,sur,sur_name,recommendations");
        });
    }

    @Test
    void the_network_page_has_the_graph_and_the_table_of_pairs_and_a_bad_search_is_named_beside_the_box() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String page = client.get("/stats/network?q=torture").body().string();
            assertThat(page).contains("id=\"network-chart\"", "role=\"img\"", "id=\"network-table\"", "Recommending state");
            var bad = client.get("/stats/network?q=torture&cycle=nine");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body().string()).contains("id=\"network-q-error\"", "cycle", "value=\"torture\"");
            assertThat(client.get("/api/v1/stats/network?by=sur").code()).isEqualTo(400);
        });
    }

    @Test
    void the_map_counts_each_state_as_search_does_and_places_it_by_its_iso_number() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String received = client.get("/stats/map").body().string();
            assertThat(received).contains("id=\"map-chart\"", "id=\"map-table\"", "/geo/countries-110m.json", "Kazakhstan");
            // Kazakhstan is 398 and Algeria 012 in ISO 3166-1 and in the geometry
            assertThat(received).contains("&#34;id&#34;:&#34;398&#34;,&#34;code&#34;:&#34;KAZ&#34;", "&#34;id&#34;:&#34;012&#34;,&#34;code&#34;:&#34;DZA&#34;");
            assertThat(received).contains("&#34;name&#34;:&#34;Kazakhstan&#34;,&#34;value&#34;:" + searchCount("", Map.of(Facet.SUR, List.of("KAZ"))) + "}");
            String made = client.get("/stats/map?side=made&q=torture").body().string();
            assertThat(made).contains("made by each state");
            var bad = client.get("/stats/map?side=sideways&q=torture");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body().string()).contains("id=\"map-side-error\"", "received or made, not", "sideways", "value=\"torture\"");
        });
    }

    @Test
    void the_network_and_the_map_are_in_french_russian_and_arabic() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String network = inLanguage(client, "/stats/network?q=torture", "fr");
            assertThat(network).contains("<html lang=\"fr\"", ">Qui recommande à qui</h1>", "Le tableau derrière le graphe",
                    ">État examiné</th>", "Recommandations : ");
            String map = inLanguage(client, "/stats/map", "ru");
            assertThat(map).contains("<html lang=\"ru\"", ">Карта мира</h1>", ">получило</option>",
                    "Все рекомендации, полученные каждым государством", ">Казахстан</th>");
            String arabic = inLanguage(client, "/stats/map?side=made", "ar");
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"", ">خريطة العالم</h1>", "جميع التوصيات، حسب الدولة التي قدّمتها");
            assertThat(network + map + arabic).doesNotContain("World map</h1>", "Who recommends to whom</h1>", ">Draw</button>",
                    "received by each state", "made by each state");
        });
    }

    @Test
    void the_geometry_is_served_from_the_jar() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var geometry = client.get("/geo/countries-110m.json");
            assertThat(geometry.code()).isEqualTo(200);
            assertThat(geometry.body().string()).startsWith("{\"type\":\"Topology\"");
            assertThat(client.get("/js/topojson-client.min.js").code()).isEqualTo(200);
        });
    }

    @Test
    void iso_numbers_come_from_the_alpha3_codes() {
        assertThat(WorldMap.numeric("KAZ")).contains("398");
        assertThat(WorldMap.numeric("DZA")).contains("012");
        assertThat(WorldMap.numeric("XYZ")).isEmpty();
    }

    /** The page with ?lang=; the chosen language is a cookie, so English is chosen again for the other tests. */
    private static String inLanguage(io.javalin.testtools.HttpClient client, String path, String language) throws java.io.IOException {
        String page = client.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).body().string();
        client.get("/api/v1?lang=en").body().string();
        return page;
    }
}
