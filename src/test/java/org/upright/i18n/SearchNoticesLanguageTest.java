package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

/**
 * What the search repaired in a query (a parenthesis left open, a state nobody is called) and what it cannot run
 * as asked (a page size out of range) is said in the reader's language, on the page and in the API; a table of
 * statistics kept for every reader says it again in each reader's language.
 */
class SearchNoticesLanguageTest extends RealExtractsTest {
    @BeforeAll
    static void indexed() {
        world.app().search().awaitChanges();
    }


    @Test
    void a_repaired_query_is_explained_in_the_language_of_the_page() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(client.get("/search?q=(torture").body().string())
                    .contains("A parenthesis was not closed; it was closed at the end of the query.");
            assertThat(client.get("/search?q=(torture&lang=fr").body().string())
                    .contains("Une parenthèse n’était pas fermée ; elle a été fermée à la fin de la requête.")
                    .doesNotContain("A parenthesis was not closed");
            assertThat(client.get("/search?q=torture+sur:Atlantis&lang=ru").body().string())
                    .contains("Государства «Atlantis» нет (укажите название или код ISO, например KAZ); sur:Atlantis не учтено.");
            assertThat(client.get("/search?q=torture&response=maybe&lang=zh").body().string())
                    .contains("答复应为 Supported、Noted、Pending 或“No response”，而不是“maybe”");
        });
    }

    @Test
    void the_api_refuses_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var english = client.get("/api/v1/search?q=torture&size=0");
            assertThat(english.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(english).path("error").path("message").asText()).startsWith("size must be between 1 and ");
            var arabic = client.get("/api/v1/search?q=torture&size=0&lang=ar");
            assertThat(arabic.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(arabic).path("error").path("message").asText()).startsWith("يجب أن تكون قيمة size بين 1 و");
            var spanish = client.get("/api/v1/search?q=torture&sort=date&lang=es");
            assertThat(JsonAnswer.of(spanish).path("error").path("message").asText()).isEqualTo("sort debe ser relevance, session o state, no «date».");
        });
    }

    @Test
    void a_kept_table_of_statistics_tells_each_reader_in_their_language() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(client.get("/stats?q=(women&lang=ar").body().string()).contains("لم يُغلق أحد الأقواس");
            assertThat(client.get("/stats?q=(women&lang=en").body().string())
                    .contains("A parenthesis was not closed").doesNotContain("لم يُغلق أحد الأقواس");
            assertThat(client.get("/stats?q=(women&lang=ru").body().string()).contains("Скобка не была закрыта");
        });
    }
}
