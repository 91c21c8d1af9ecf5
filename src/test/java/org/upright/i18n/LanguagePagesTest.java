package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

class LanguagePagesTest extends RealExtractsTest {
    /**
     * A client with cookies of its own for each test: the test tools' shared client would carry a chosen language
     * into every later test class (its clean-up request is refused by the site, as any anonymous DELETE is).
     */

    @Test
    void lang_in_the_address_chooses_the_language_and_a_cookie_keeps_it() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            Response french = client.get("/states?lang=fr");
            String html = french.body().string();
            assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">", "<h1>États</h1>", ">Allemagne</a>",
                    "Groupe des États d’Afrique", "<title>États · UPRight</title>");
            assertThat(french.headers().get("Set-Cookie")).anyMatch(c -> c.startsWith("upright_lang=fr;") && c.contains("Max-Age="));
            assertThat(french.headers().get("Content-Language")).containsExactly("fr");

            // the client keeps cookies as a browser does: the next page, without lang, is still in French
            String next = client.get("/states?order=name").body().string();
            assertThat(next).contains("<html lang=\"fr\" dir=\"ltr\">", "Tous les États, par ordre alphabétique");
            String russian = client.get("/states?lang=ru").body().string();
            assertThat(russian).contains("<html lang=\"ru\" dir=\"ltr\">", ">Казахстан</a>", "195 государств");
        });
    }

    @Test
    void without_a_choice_the_browser_s_language_is_used_and_arabic_reads_right_to_left() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            String arabic = client.get("/states", req -> req.header("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5")).body().string();
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", ">كازاخستان</a>", "مجموعة الدول الأفريقية");
            String chosen = client.get("/states?lang=es", req -> req.header("Accept-Language", "ar")).body().string();
            assertThat(chosen).contains("<html lang=\"es\" dir=\"ltr\">", ">Alemania</a>");
        });
    }

    @Test
    void an_unknown_language_is_ignored_like_any_stray_parameter_and_english_answers() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            Response answer = client.get("/states?lang=xx");
            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.body().string()).contains("<html lang=\"en\" dir=\"ltr\">", "<h1>States</h1>", "195 states");
            assertThat(answer.headers().get("Set-Cookie")).as("cookies set").satisfiesAnyOf(
                    cookies -> assertThat(cookies).isNull(), cookies -> assertThat(cookies).noneMatch(c -> c.startsWith("upright_lang=")));
            assertThat(client.get("/api/v1/search?q=torture&lang=ru").code()).isEqualTo(200);
        });
    }

    @Test
    void the_search_tabs_name_what_they_search_in_each_of_the_six_languages() {
        Map<String, String> recommendations = Map.of("en", "Recommendations", "ar", "التوصيات", "zh", "建议",
                "fr", "Recommandations", "ru", "Рекомендации", "es", "Recomendaciones");
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> recommendations.forEach((lang, word) -> {
            String html = client.get("/search?q=torture&lang=" + lang).body().string();
            assertThat(html).contains("<html lang=\"" + lang + "\"", "aria-current=\"page\">" + word + "</a>");
        }));
    }

    @Test
    void the_incidents_page_reads_in_russian_and_arabic() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            String russian = client.get("/incidents?lang=ru").body().string();
            assertThat(russian).contains("<html lang=\"ru\" dir=\"ltr\">", "<h1>Инциденты", "<a href=\"/documents\">документам</a>");
            String arabic = client.get("/incidents?lang=ar").body().string();
            assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>الحوادث", "<a href=\"/documents\">الوثائق</a>");
        });
    }

    @Test
    void every_page_offers_the_six_languages_linking_to_the_same_page() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            String html = client.get("/states?order=name&lang=ru").body().string();
            for (String code : new String[] {"ar", "zh", "en", "fr", "ru", "es"}) {
                assertThat(html).contains("href=\"/states?order=name&amp;lang=" + code + "\"");
            }
            assertThat(html).contains("lang=\"ar\" hreflang=\"ar\"", ">العربية</a>", "aria-current=\"true\">Русский</a>");
            assertThat(html).contains("Все государства по алфавиту");
        });
    }

    @Test
    void search_finds_a_state_under_review_by_its_name_in_any_language() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            long byCode = JsonAnswer.of(client.get("/api/v1/search?sur=KAZ")).at("/total").asLong();
            assertThat(byCode).isPositive();
            for (String name : new String[] {"Казахстан", "哈萨克斯坦", "كازاخستان", "Kazajistán"}) {
                String q = java.net.URLEncoder.encode("sur:" + name, java.nio.charset.StandardCharsets.UTF_8);
                assertThat(JsonAnswer.of(client.get("/api/v1/search?q=" + q)).at("/total").asLong()).as(name).isEqualTo(byCode);
            }
        });
    }

    @Test
    void the_search_page_speaks_french_down_to_its_facet_values_and_counts() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            String html = client.get("/search?q=torture&lang=fr").body().string();
            assertThat(html).contains("<legend>État examiné</legend>", "<legend>Réponse</legend>", "résultats",
                    ">Rechercher</button>", "Télécharger les", "Pourquoi ce résultat");
            assertThat(html).containsPattern("<span class=\"badge [^\"]*\">(Appuyée|Notée|En attente|Pas de réponse)");
            String russian = client.get("/search?q=nothingmatchesthisatall&lang=ru").body().string();
            assertThat(russian).contains("0 результатов", "В материалах нет ничего");
            String arabic = client.get("/search?q=torture&lang=ar").body().string();
            assertThat(arabic).contains("<legend>الدولة موضوع الاستعراض</legend>", "كازاخستان");
        });
    }

    @Test
    void a_page_kept_for_readers_of_one_language_is_never_served_in_it_to_another() {
        var app = world.app().web();
        JavalinTest.test(app, ownCookies(), (server, client) -> {
            client.get("/states?lang=ru");
            for (int i = 0; i < 3; i++) assertThat(client.get("/states").body().string()).contains("<html lang=\"ru\"");
            // another reader, without the cookie
            String english = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + server.port() + "/states")).header("Accept-Language", "en").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertThat(english).contains("<html lang=\"en\"", "<h1>States</h1>");
        });
    }
}
