package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

/**
 * A number nobody has (a case, an incident, a review, a survey) and a parameter out of range (a cycle, a page, a
 * state) are told in the reader's language on the page and in the API's message; English without a choice.
 */
class NotFoundAndWrongParametersLanguageTest extends RealExtractsTest {

    @Test
    void a_number_nobody_has_is_told_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var english = client.get("/cases/987654");
            assertThat(english.code()).isEqualTo(404);
            assertThat(english.body().string()).contains("No case has the number 987654.");
            assertThat(client.get("/cases/987654?lang=ru").body().string()).contains("Дела с номером 987654 нет.");
            assertThat(client.get("/incidents/987654?lang=fr").body().string()).contains("Aucun incident ne porte le numéro 987654.");
            var review = client.get("/api/v1/reviews/987654?lang=es");
            assertThat(review.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(review).path("error").path("message").asText()).isEqualTo("Ningún examen tiene el identificador 987654.");
        });
    }

    @Test
    void a_parameter_out_of_range_is_told_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var english = client.get("/api/v1/recommendations?cycle=9");
            assertThat(english.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(english).path("error").path("message").asText())
                    .isEqualTo("cycle must be 1, 2, 3 or 4 (the UPR cycles since 2008), not 9.");
            var chinese = client.get("/api/v1/recommendations?cycle=9&lang=zh");
            assertThat(JsonAnswer.of(chinese).path("error").path("message").asText()).startsWith("cycle 必须是 1、2、3 或 4");
            var arabic = client.get("/api/v1/recommendations?sur=Atlantis&lang=ar");
            assertThat(arabic.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(arabic).path("error").path("message").asText()).startsWith("sur: لا تُعرف أي دولة بالرمز أو الاسم \"Atlantis\"");
        });
    }
}
