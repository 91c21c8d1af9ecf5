package org.upright.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.web.Auth;
import org.upright.web.Http;

/** The sign-up pages and their problems in the reader's language, and the consent recorded as the reader read it. */
class SubscriptionLanguagesTest {
    @TempDir
    static Path dir;
    static TestWorld world;

    @BeforeAll
    static void start() {
        world = TestWorld.empty(dir);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void the_sign_up_page_and_the_footer_box_speak_french_and_russian() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String french = http.get("/subscriptions/new?lang=fr").body();
            assertThat(french).contains("S'abonner aux nouvelles").contains("Suivre (facultatif)").contains("J'accepte qu'UPRight conserve")
                    .contains("Abonnez-vous à notre lettre d'information");
            String russian = http.get("/subscriptions/new?lang=ru").body();
            assertThat(russian).contains("Подписка на новости").contains(">государство</option>");
        });
    }

    @Test
    void a_refused_sign_up_names_its_problems_in_russian_beside_the_fields() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> form = http.get("/subscriptions/new?lang=ru");
            String csrf = Http.setCookie(form, Auth.CSRF_COOKIE);
            HttpResponse<String> answer = http.post("/subscriptions?lang=ru", Http.form("csrf", csrf, "name", "", "email", "olga@example.org",
                    "follow_kind", "galaxy", "follow_value", "x"), "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("id=\"name-problem\" class=\"field-problem\">Имя: напишите, как к вам обращаться.")
                    .contains("за «galaxy» следить нельзя").contains("value=\"olga@example.org\"");
        });
    }

    @Test
    void the_consent_is_recorded_in_the_words_the_reader_was_shown() {
        org.upright.i18n.Ui.in(org.upright.common.Language.ES, () -> {
            world.app().subscriptions().signUp(new SignUp("ana@example.org", "Ana", java.util.List.of(), "test", "192.0.2.40"));
            return null;
        });
        // still pending, so not among the confirmed: look her up by the ids this fresh world has given
        Subscriber ana = java.util.stream.LongStream.rangeClosed(1, 50).mapToObj(id -> world.app().subscriptions().subscriber(id))
                .flatMap(java.util.Optional::stream).filter(s -> s.email().equals("ana@example.org")).findFirst().orElseThrow();
        assertThat(ana.consentText()).startsWith("Acepto que UPRight guarde mi nombre");
        assertThat(ana.language()).isEqualTo(org.upright.common.Language.ES);
    }
}
