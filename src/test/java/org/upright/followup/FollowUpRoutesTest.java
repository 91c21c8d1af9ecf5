package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** The follow-up over HTTP: scripts with an editor's API token write assessments, the pages show them side by side. */
class FollowUpRoutesTest extends RealExtractsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String token(String email, Role role) {
        if (world.app().accounts().find(email).isEmpty()) world.app().accounts().add(Viewer.cli(), email, role, SignedIn.PASSWORD);
        return "Bearer " + world.app().accounts().createTokenFor(Viewer.cli(), email, "test").secret();
    }

    private static Recommendation kazakhstan(int index) {
        return world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 20)).get(index);
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    @Test
    void a_script_with_an_editors_token_adds_an_assessment_and_anyone_may_read_the_public_ones() throws Exception {
        Recommendation rec = kazakhstan(3);
        String url = "/api/v1/recommendations/" + rec.id() + "/assessments";
        String editor = token("api-editor@example.org", Role.EDITOR);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> made = http.postJson(url, """
                    {"date": "2016-09-01", "status": "partially implemented", "source_kind": "nhri",
                     "source_name": "Commissioner for Human Rights", "evidence_url": "https://example.org/annual-report-2016",
                     "note": "mid-term", "visibility": "public"}""", "Authorization", editor);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            assertThat(json(made).path("status").asText()).isEqualTo("partially-implemented");
            assertThat(json(made).path("entered_by").asText()).isEqualTo("api-editor@example.org");

            JsonNode read = json(http.get(url));
            assertThat(read.path("reviewed_on").asText()).isEqualTo("2014-10-27");
            assertThat(read.path("open").asBoolean()).isTrue();
            assertThat(read.path("latest").get(0).path("source_kind").asText()).isEqualTo("nhri");
            assertThat(read.path("items")).hasSize(1);

            String page = http.get("/recommendations/" + rec.id() + "/follow-up").body();
            assertThat(page).contains("Commissioner for Human Rights", "Partially implemented", "September 1, 2016", "Still open.")
                    .doesNotContain("Add an assessment");
            String fragment = http.get("/recommendations/" + rec.id() + "/follow-up", "HX-Request", "true").body();
            assertThat(fragment.strip()).startsWith("<h2 id=\"follow-up-h\">Follow-up</h2>").doesNotContain("<html");
            assertThat(http.get("/recommendations/" + rec.id()).body()).contains("hx-get=\"/recommendations/" + rec.id() + "/follow-up\"");
        });
    }

    @Test
    void anonymous_and_researcher_writes_are_refused_and_bad_input_is_named() throws Exception {
        Recommendation rec = kazakhstan(4);
        String url = "/api/v1/recommendations/" + rec.id() + "/assessments";
        String body = "{\"date\": \"2016-09-01\", \"status\": \"in-progress\", \"source_kind\": \"government\", \"source_name\": \"MFA\"}";
        String editor = token("api-editor2@example.org", Role.EDITOR);
        String researcher = token("api-researcher@example.org", Role.RESEARCHER);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            assertThat(http.postJson(url, body).statusCode()).isEqualTo(401);
            HttpResponse<String> refused = http.postJson(url, body, "Authorization", researcher);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("editor");
            HttpResponse<String> unknown = http.postJson("/api/v1/recommendations/99999999/assessments", body, "Authorization", editor);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("No recommendation has the id 99999999.");
            assertThat(http.get("/api/v1/recommendations/99999999/assessments").statusCode()).isEqualTo(404);
            HttpResponse<String> mistaken = http.postJson(url, body.replace("2016-09-01", "2013-01-01").replace("in-progress", "finished"),
                    "Authorization", editor);
            assertThat(mistaken.statusCode()).isEqualTo(400);
            assertThat(mistaken.body()).contains("2013-01-01 is before the review (2014-10-27)", "Status: one of not-started");
            HttpResponse<String> notJson = http.postJson(url, "{date: 2016", "Authorization", editor);
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(notJson.body()).contains("The body is not JSON");
            assertThat(json(http.get(url, "Authorization", editor)).path("items")).isEmpty();
        });
    }

    @Test
    void an_editor_reading_russian_gets_the_form_and_its_problems_in_russian_beside_the_fields() {
        Recommendation rec = kazakhstan(6);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "russian-editor@example.org", Role.EDITOR);
            String form = http.get("/recommendations/" + rec.id() + "/follow-up?lang=ru", "Cookie", editor.cookie()).body();
            assertThat(form).contains("<html lang=\"ru\"", "Добавить оценку", "Выполнено частично",
                    "Национальное правозащитное учреждение", "Сохранить оценку", "Для всех рекомендаций обзора");
            HttpResponse<String> wrong = http.post("/recommendations/" + rec.id() + "/assessments?lang=ru",
                    Http.form("csrf", editor.csrf(), "date", "2099-01-01", "status", "in-progress", "source_kind", "government",
                            "source_name", "", "evidence_url", "not a url"),
                    "Cookie", editor.cookie());
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("Оценка не сохранена", "value=\"not a url\"",
                    "<p class=\"field-problem\">2099-01-01 — дата в будущем",
                    "<p class=\"field-problem\">назовите министерство, учреждение или организацию, давшие оценку.",
                    "<p class=\"field-problem\">адрес, начинающийся с http:// или https://, а не «not a url».");
            String overdue = http.get("/follow-up/overdue?lang=ru", "Cookie", editor.cookie()).body();
            assertThat(overdue).contains("<html lang=\"ru\"", "<h1>Просроченные оценки</h1>");
        });
    }

    @Test
    void the_page_form_keeps_what_was_typed_and_shows_each_problem_beside_its_field() {
        Recommendation rec = kazakhstan(5);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "page-editor@example.org", Role.EDITOR);
            String form = http.get("/recommendations/" + rec.id() + "/follow-up", "Cookie", editor.cookie()).body();
            assertThat(form).contains("Add an assessment", "name=\"source_name\"", "name=\"due_on\" value=\"\"");
            HttpResponse<String> wrong = http.post("/recommendations/" + rec.id() + "/assessments",
                    Http.form("csrf", editor.csrf(), "date", "2099-01-01", "status", "in-progress", "source_kind", "government",
                            "source_name", "Ministry of Justice", "evidence_url", "not a url"),
                    "Cookie", editor.cookie());
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("value=\"Ministry of Justice\"", "value=\"not a url\"",
                    "<p class=\"field-problem\">2099-01-01 is in the future", "<p class=\"field-problem\">an address starting with http");
            HttpResponse<String> right = http.post("/recommendations/" + rec.id() + "/assessments",
                    Http.form("csrf", editor.csrf(), "date", "2017-01-01", "status", "regressed", "source_kind", "civil-society",
                            "source_name", "KIBHR"), "Cookie", editor.cookie());
            assertThat(right.statusCode()).isEqualTo(303);
            assertThat(Http.location(right)).isEqualTo("/recommendations/" + rec.id() + "#follow-up");
            assertThat(world.app().followUp().assessments(Viewer.cli(), rec.id())).extracting(a -> a.sourceName()).containsExactly("KIBHR");

            String reviewDue = "/reviews/" + rec.review() + "/due";
            HttpResponse<String> past = http.post(reviewDue, Http.form("csrf", editor.csrf(), "due_on", "2020-01-01", "from", rec.id().toString()),
                    "Cookie", editor.cookie());
            assertThat(past.statusCode()).isEqualTo(400);
            assertThat(past.body()).contains("<p class=\"field-problem\">Due date: 2020-01-01 has passed");
            java.time.LocalDate aheadDay = java.time.LocalDate.now().plusYears(1);
            String ahead = aheadDay.toString();
            HttpResponse<String> set = http.post(reviewDue, Http.form("csrf", editor.csrf(), "due_on", ahead, "note", "mid-term report",
                    "from", rec.id().toString()), "Cookie", editor.cookie());
            assertThat(Http.location(set)).isEqualTo("/recommendations/" + rec.id() + "#follow-up");
            assertThat(http.get("/recommendations/" + rec.id() + "/follow-up").body())
                    .contains(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH).format(aheadDay)
                            + " — every recommendation of the review: mid-term report");
        });
    }

    @Test
    void overdue_due_dates_are_listed_for_accounts_and_the_scorecard_page_reads_as_a_table() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn researcher = SignedIn.as(world.app(), http, "overdue-reader@example.org", Role.RESEARCHER);
            assertThat(http.get("/follow-up/overdue", "Cookie", researcher.cookie()).body()).contains("Overdue assessments");
            String card = http.get("/states/KAZ/scorecard").body();
            assertThat(card).contains("Kazakhstan: scorecard", "Cycle 2", "Received");
            JsonNode api = json(http.get("/api/v1/states/Kazakhstan/scorecard"));
            assertThat(api.path("state").path("code").asText()).isEqualTo("KAZ");
            assertThat(api.path("cycles").get(0).path("received").asLong())
                    .isEqualTo(world.app().recommendations().count(new RecommendationFilter(StateCode.of("KAZ"), List.of(), 2, null, null, null, false)));
            assertThat(http.get("/api/v1/states/Atlantis/scorecard").statusCode()).isEqualTo(404);
        });
    }
}
