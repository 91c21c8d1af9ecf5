package org.upright.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.survey.SurveyWorld.EDITOR;
import static org.upright.survey.SurveyWorld.SLUG;
import static org.upright.web.Http.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.web.Auth;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** Surveys over HTTP: the public's form and its refusals, and the editors' results, CSV and API. */
class SurveyRoutesTest {
    static final String SCRIPT = "\"><script>alert('survey')</script>";

    @TempDir
    Path dir;

    /** The public's browser: the survey's page gives it the CSRF cookie its form sends back. */
    private record Visitor(String cookie, String csrf) {
        static Visitor opening(Http http, String url) {
            HttpResponse<String> page = http.get(url);
            assertThat(page.statusCode()).as(url + ": " + page.body()).isEqualTo(200);
            String csrf = Http.setCookie(page, Auth.CSRF_COOKIE);
            return new Visitor(Auth.CSRF_COOKIE + "=" + csrf, csrf);
        }

        HttpResponse<String> send(Http http, String url, Map<String, String> answers) {
            Map<String, String> all = new java.util.LinkedHashMap<>(answers);
            all.put("csrf", csrf);
            return http.post(url, all, "Cookie", cookie);
        }
    }

    private static Map<String, String> fields(SurveyService surveys, SurveyId id, String... positionAndValue) {
        List<Question> q = surveys.detail(EDITOR, id).orElseThrow().questions();
        Map<String, String> f = new java.util.LinkedHashMap<>();
        for (int i = 0; i < positionAndValue.length; i += 2) f.put(q.get(Integer.parseInt(positionAndValue[i]) - 1).field(), positionAndValue[i + 1]);
        return f;
    }

    @Test
    void the_public_answers_without_an_account_through_a_form_that_must_carry_its_csrf_token() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                String url = "/surveys/" + SLUG;
                Visitor visitor = Visitor.opening(http, url);
                Map<String, String> answer = fields(surveys, id, "1", "The same", "3", "4", "4", "Более открытый суд");

                HttpResponse<String> forged = http.post(url, answer, "Cookie", visitor.cookie());
                assertThat(forged.statusCode()).isEqualTo(403);
                assertThat(surveys.responses(EDITOR, id)).isEmpty();

                HttpResponse<String> sent = visitor.send(http, url, answer);
                assertThat(sent.statusCode()).isEqualTo(303);
                assertThat(Http.location(sent)).isEqualTo(url + "/thanks");
                assertThat(http.get(url + "/thanks").body()).contains("Thank you", "Human Rights after Brexit");
                assertThat(http.get(url + "/thanks?lang=ru").body()).contains("Спасибо", "Ваш ответ на опрос «Human Rights after Brexit» получен.");
                assertThat(http.get(url + "/thanks?lang=fr").body()).contains("Merci", "Aller à la page d'accueil");
                assertThat(surveys.responses(EDITOR, id)).singleElement()
                        .satisfies(r -> assertThat(r.answers().values()).contains(List.of("The same"), List.of("4"), List.of("Более открытый суд")));
            });
        }
    }

    @Test
    void a_wrong_answer_comes_back_with_each_problem_beside_its_question_and_what_was_typed_kept_and_escaped() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            List<Question> q = surveys.detail(EDITOR, id).orElseThrow().questions();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                String url = "/surveys/" + SLUG;
                Visitor visitor = Visitor.opening(http, url);
                HttpResponse<String> refused = visitor.send(http, url, fields(surveys, id, "2", "Privacy", "3", "9", "4", "My answer " + SCRIPT));

                assertThat(refused.statusCode()).isEqualTo(400);
                String page = refused.body();
                assertThat(page).contains("Your answer was not sent: 2 questions need your attention.");
                assertThat(page).contains("<p class=\"field-problem\" id=\"" + q.get(0).field() + "-problem\">This question must be answered.</p>");
                assertThat(page).contains("<p class=\"field-problem\" id=\"" + q.get(2).field() + "-problem\">Choose one number from 1 to 5.</p>");
                assertThat(page).doesNotContain(q.get(1).field() + "-problem").doesNotContain(q.get(3).field() + "-problem");
                String russian = visitor.send(http, url + "?lang=ru", fields(surveys, id, "2", "Privacy", "3", "9")).body();
                assertThat(russian).contains("Ваш ответ не отправлен: 2 вопроса требуют внимания.", "На этот вопрос нужно ответить.",
                        "Выберите одно число от 1 до 5.", "Отправить ответ");
                assertThat(page).containsPattern("value=\"Privacy\"\\s+checked>").containsPattern(">My answer [^<]*&lt;script&gt;alert")
                        .doesNotContain("<script>alert('survey')");
                assertThat(surveys.responses(EDITOR, id)).isEmpty();
            });
        }
    }

    @Test
    void an_unknown_closed_oversized_or_reused_answer_gets_a_page_saying_so_with_its_status_and_nothing_is_stored() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, true);
            String token = SurveyServiceTest.token(surveys.invite(EDITOR, id, "1").getFirst());
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                String url = "/surveys/" + SLUG;
                assertThat(http.get("/surveys/no-such-survey").statusCode()).isEqualTo(404);
                HttpResponse<String> needed = http.get(url);
                assertThat(needed.statusCode()).isEqualTo(403);
                assertThat(needed.body()).contains("By invitation only", "personal link");
                assertThat(http.get(url + "?invitation=1-AAAAAAAAAAAAAAAAAAAAAAAA").body()).contains("This invitation link is not valid");

                Visitor visitor = Visitor.opening(http, url + "?invitation=" + token);
                Map<String, String> answer = new java.util.LinkedHashMap<>(fields(surveys, id, "1", "Better", "3", "3"));
                answer.put("invitation", token);
                Map<String, String> huge = new java.util.LinkedHashMap<>(answer);
                huge.put(surveys.detail(EDITOR, id).orElseThrow().questions().get(3).field(), "x".repeat(600 * 1024));
                HttpResponse<String> oversized = visitor.send(http, url, huge);
                assertThat(oversized.statusCode()).isEqualTo(413);
                assertThat(oversized.body()).contains("Your answer is too large", "Nothing was kept");

                assertThat(visitor.send(http, url, answer).statusCode()).isEqualTo(303);
                HttpResponse<String> reused = visitor.send(http, url, answer);
                assertThat(reused.statusCode()).isEqualTo(409);
                assertThat(reused.body()).contains("This invitation was already used", "Each link answers once");

                surveys.close(EDITOR, id);
                HttpResponse<String> closed = http.get(url + "?invitation=" + token);
                assertThat(closed.statusCode()).isEqualTo(410);
                assertThat(closed.body()).contains("This survey is closed", "takes no more answers");
                assertThat(http.get(url + "?invitation=" + token + "&lang=ru").body()).as("the refusal speaks the reader's language")
                        .contains("Этот опрос закрыт", "Опрос больше не принимает ответы").doesNotContain("This survey is closed");
                assertThat(visitor.send(http, url, answer).statusCode()).isEqualTo(410);
                assertThat(surveys.responses(EDITOR, id)).hasSize(1);
            });
        }
    }

    @Test
    void editors_read_the_results_the_csv_and_the_api_and_nobody_else_does() throws Exception {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            surveys.answer(SLUG, null, SurveyWorld.sheet(surveys, id, 1, "Worse", 2, List.of("Privacy", "Fair trial"), 3, "2", 4, "=HYPERLINK(\"x\"), " + SCRIPT), "a");
            surveys.answer(SLUG, null, SurveyWorld.sheet(surveys, id, 1, "Better", 3, "5"), "b");
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                SignedIn researcher = SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER);
                String base = "/surveys/" + id;

                String results = http.get(base + "/results", "Cookie", editor.cookie()).body();
                assertThat(results).contains("2 answers so far", "data-chart=", "The table behind the chart", "Mean: 3.50 on the scale from 1 to 5.",
                        "1 (not at all)", "5 (completely)").doesNotContain("<script>alert('survey')");
                assertThat(http.get("/surveys/" + id + "/results?lang=es", "Cookie", editor.cookie()).body())
                        .contains("2 respuestas hasta ahora", "Descargar todas las respuestas en CSV");

                HttpResponse<String> csv = http.get(base + "/results.csv", "Cookie", editor.cookie());
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                List<String> lines = csv.body().lines().toList();
                assertThat(lines).hasSize(3);
                assertThat(lines.get(0)).startsWith("\uFEFFanswer,submitted_at,by_invitation,1. Are human rights better protected since 2020?");
                assertThat(lines.get(1)).contains(",no,Worse,Privacy; Fair trial,2,\"'=HYPERLINK(\"\"x\"\"), ");
                assertThat(lines.get(2)).endsWith(",no,Better,,5,");

                JsonNode list = new ObjectMapper().readTree(http.get("/api/v1/surveys", "Cookie", editor.cookie()).body());
                assertThat(list.path("items").get(0).path("slug").asText()).isEqualTo(SLUG);
                assertThat(list.path("items").get(0).path("answers").asInt()).isEqualTo(2);
                JsonNode api = new ObjectMapper().readTree(http.get("/api/v1/surveys/" + id + "/results", "Cookie", editor.cookie()).body());
                assertThat(api.path("answers").asInt()).isEqualTo(2);
                assertThat(api.path("questions").get(0).path("counts").toString())
                        .isEqualTo("[{\"value\":\"Better\",\"count\":1},{\"value\":\"The same\",\"count\":0},{\"value\":\"Worse\",\"count\":1}]");
                assertThat(api.path("questions").get(2).path("mean").asDouble()).isEqualTo(3.5);
                assertThat(http.get("/api/v1/surveys/999/results", "Cookie", editor.cookie()).statusCode()).isEqualTo(404);

                for (String path : List.of(base + "/results.csv", "/api/v1/surveys", "/api/v1/surveys/" + id + "/results")) {
                    assertThat(http.get(path).statusCode()).as("the public asks " + path).isIn(303, 401);
                    assertThat(http.get(path, "Cookie", researcher.cookie()).statusCode()).as("a researcher asks " + path).isEqualTo(403);
                }
            });
        }
    }

    @Test
    void an_editor_deletes_one_answer_through_the_answers_page() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            surveys.answer(SLUG, null, SurveyWorld.sheet(surveys, id, 1, "Worse", 3, "2", 4, "Please forget me"), "a");
            long answer = surveys.responses(EDITOR, id).getFirst().id();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                String page = http.get("/surveys/" + id + "/answers", "Cookie", editor.cookie()).body();
                assertThat(page).contains("Please forget me", "Delete answer " + answer);
                HttpResponse<String> deleted = http.post("/surveys/" + id + "/answers/" + answer + "/delete", form("csrf", editor.csrf()), "Cookie", editor.cookie());
                assertThat(deleted.statusCode()).isEqualTo(303);
                assertThat(http.get("/surveys/" + id + "/answers", "Cookie", editor.cookie()).body()).doesNotContain("Please forget me").contains("0 answers");
            });
        }
    }

    @Test
    void an_editors_mistake_in_a_form_shows_beside_its_field_and_keeps_what_was_typed() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.draft(surveys, false);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                HttpResponse<String> badSlug = http.post("/surveys", form("csrf", editor.csrf(), "title", "Consultation", "slug", "Not A Slug!", "intro", ""),
                        "Cookie", editor.cookie());
                assertThat(badSlug.statusCode()).isEqualTo(400);
                assertThat(badSlug.body()).contains("id=\"survey-slug-problem\">Address: only letters a–z", "value=\"Consultation\"", "value=\"Not A Slug!\"");

                HttpResponse<String> badScale = http.post("/surveys/" + id + "/questions", form("csrf", editor.csrf(), "kind", "scale",
                        "prompt", "How safe do you feel?", "scale_min", "1", "scale_max", "one hundred"), "Cookie", editor.cookie());
                assertThat(badScale.statusCode()).isEqualTo(400);
                assertThat(badScale.body()).contains("id=\"q-scale-problem\">Scale: from 0 or 1", "value=\"How safe do you feel?\"", "value=\"one hundred\"");
                assertThat(surveys.detail(EDITOR, id).orElseThrow().questions()).hasSize(4);

                HttpResponse<String> published = http.post("/surveys/" + id + "/publish", form("csrf", editor.csrf()), "Cookie", editor.cookie());
                assertThat(published.statusCode()).isEqualTo(303);
                HttpResponse<String> late = http.post("/surveys/" + id + "/questions/" + surveys.detail(EDITOR, id).orElseThrow().questions().getFirst().id(),
                        form("csrf", editor.csrf(), "action", "remove"), "Cookie", editor.cookie());
                assertThat(late.statusCode()).isEqualTo(400);
                assertThat(late.body()).contains("can no longer change");
            });
        }
    }

    @Test
    void the_builder_speaks_french_and_russian_and_names_a_bad_question_beside_its_field_in_russian() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyId id = SurveyWorld.draft(world.app().surveys(), false);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                String base = "/surveys/" + id;
                assertThat(http.get(base + "/edit?lang=fr", "Cookie", editor.cookie()).body())
                        .contains("Ajouter une question", "Réponse obligatoire", "Publier l’enquête", "Un choix dans une liste", "brouillon")
                        .doesNotContain("Add a question", "Must be answered");
                assertThat(http.get(base + "/edit?lang=ru", "Cookie", editor.cookie()).body())
                        .contains("Добавить вопрос", "Ответ обязателен", "Опубликовать опрос", "Свободный текст")
                        .doesNotContain("Add the question");

                HttpResponse<String> refused = http.post(base + "/questions?lang=ru", form("csrf", editor.csrf(), "kind", "single",
                        "prompt", "Which right matters most?", "choices", "Only one"), "Cookie", editor.cookie());
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).contains("id=\"q-choices-problem\">Варианты: напишите хотя бы два, по одному в строке.",
                        "value=\"Which right matters most?\"", ">Only one</textarea>");
            });
        }
    }

    @Test
    void an_editor_makes_invitation_links_on_the_page_and_their_csv_lists_each_link_and_when_it_was_used() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, true);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                String base = "/surveys/" + id;
                HttpResponse<String> refused = http.post(base + "/invitations", form("csrf", editor.csrf(), "count", "5000"), "Cookie", editor.cookie());
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).contains("id=\"invite-count-problem\">How many: a whole number from 1 to 1,000", "value=\"5000\"");
                assertThat(http.post(base + "/invitations", form("csrf", editor.csrf(), "count", "3"), "Cookie", editor.cookie()).statusCode()).isEqualTo(303);
                assertThat(http.get(base + "/edit", "Cookie", editor.cookie()).body()).contains("3 made, 0 used.");

                List<String> rows = http.get(base + "/invitations.csv", "Cookie", editor.cookie()).body().lines().skip(1).toList();
                assertThat(rows).hasSize(3);
                String link = rows.getFirst().split(",")[1];
                assertThat(link).startsWith("/surveys/" + SLUG + "?invitation=");
                Visitor visitor = Visitor.opening(http, link);
                Map<String, String> answer = new java.util.LinkedHashMap<>(fields(surveys, id, "1", "Better", "3", "3"));
                answer.put("invitation", link.substring(link.indexOf('=') + 1));
                assertThat(visitor.send(http, "/surveys/" + SLUG, answer).statusCode()).isEqualTo(303);

                List<String> after = http.get(base + "/invitations.csv", "Cookie", editor.cookie()).body().lines().skip(1).toList();
                assertThat(after.getFirst()).matches(".*,\\d{4}-\\d\\d-\\d\\dT[^,]+,\\d{4}-\\d\\d-\\d\\dT[^,]+$");
                assertThat(after.subList(1, 3)).allMatch(row -> row.endsWith(","));
                assertThat(http.get(base + "/invitations.csv", "Cookie", SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER).cookie())
                        .statusCode()).isEqualTo(403);
            });
        }
    }
}
