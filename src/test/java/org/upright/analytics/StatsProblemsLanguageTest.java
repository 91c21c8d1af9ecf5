package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

/**
 * A wrong statistics or lobbying request is told what is wrong in the reader's language — beside the field on the
 * page, in the JSON message of the API — and the notes of a ranking are in it too; English without a choice.
 */
class StatsProblemsLanguageTest extends RealExtractsTest {
    @BeforeAll
    static void indexed() {
        world.app().search().awaitChanges();
    }


    @Test
    void a_wrong_dimension_is_explained_beside_its_field_in_the_language_of_the_page() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(problem(client.get("/stats?by=weather").body().string())).contains("there is no dimension 'weather'");
            String russian = problem(client.get("/stats?by=weather&lang=ru").body().string());
            assertThat(russian).contains("измерения «weather» нет").doesNotContain("there is no dimension");
            String arabic = problem(client.get("/stats?by=cycle&then=cycle&lang=ar").body().string());
            assertThat(arabic).contains("يشير by وthen إلى البُعد نفسه").doesNotContain("a cross table needs two");
        });
    }

    @Test
    void the_api_says_what_is_wrong_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var english = client.get("/api/v1/stats?format=xml");
            assertThat(english.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(english).path("error").path("message").asText()).isEqualTo("format must be json or csv, not 'xml'.");
            var french = client.get("/api/v1/stats?format=xml&lang=fr");
            assertThat(JsonAnswer.of(french).path("error").path("message").asText()).isEqualTo("format doit valoir json ou csv, et non « xml ».");
            var chinese = client.get("/api/v1/states/DZA/lobbying?issue=Astrology&lang=zh");
            assertThat(chinese.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(chinese).path("error").path("message").asText()).contains("记录中没有任何建议涉及议题“Astrology”");
        });
    }

    @Test
    void an_unknown_state_of_the_lobbying_api_is_named_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var english = client.get("/api/v1/states/Atlantis/lobbying");
            assertThat(english.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(english).path("error").path("message").asText())
                    .isEqualTo("No state is known by the code or name 'Atlantis'. GET /api/v1/states lists every state.");
            var russian = client.get("/api/v1/states/Atlantis/lobbying?lang=ru");
            assertThat(russian.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(russian).path("error").path("message").asText()).startsWith("Нет государства с кодом или названием «Atlantis»");
            var arabic = client.get("/api/v1/states/Atlantis/lobbying?lang=ar");
            assertThat(arabic.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(arabic).path("error").path("message").asText()).startsWith("لا تُعرف أي دولة بالرمز أو الاسم \"Atlantis\"");
        });
    }

    @Test
    void the_notes_of_a_ranking_name_the_state_and_the_issue_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            String spanish = JsonAnswer.of(client.get("/api/v1/states/DZA/lobbying?lang=es")).path("notes").get(0).asText();
            assertThat(spanish).startsWith("No se indicó ningún tema").contains("Argelia");
            String russian = JsonAnswer.of(client.get("/api/v1/states/DZA/lobbying?lang=ru")).path("notes").get(0).asText();
            assertThat(russian).startsWith("Тема не указана").contains("государству Алжир");
        });
    }

    @Test
    void the_lobbying_form_offers_the_issues_by_their_names_in_the_reader_s_language() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(client.get("/states/DZA/lobbying").body().string()).contains("<option value=\"Detention\"></option>");
            assertThat(client.get("/states/DZA/lobbying?lang=ru").body().string())
                    .contains("<option value=\"Detention\">Содержание под стражей</option>");
        });
    }

    /** The message shown beside a field of the statistics form. */
    private static String problem(String page) {
        Document html = Jsoup.parse(page);
        return html.select(".field-error, [role=alert], .error").text();
    }
}
