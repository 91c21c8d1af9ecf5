package org.upright.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.web.Auth;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** The editors' pages and API of newsletters, and the public archive, asked over HTTP as a browser and a program would. */
class NewsletterRoutesTest {
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

    private interface Steps {
        void run(Http http, SignedIn editor) throws Exception;
    }

    private static final java.util.concurrent.atomic.AtomicInteger ACCOUNTS = new java.util.concurrent.atomic.AtomicInteger();

    private static void asEditor(Steps steps) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            // an account of its own for each test: reading a page with ?lang= while signed in keeps that language
            // on the account, and one test reads the pages in Russian
            steps.run(http, SignedIn.as(world.app(), http, "news-editor-" + ACCOUNTS.incrementAndGet() + "@example.org", Role.EDITOR));
        });
    }

    @Test
    void a_bad_issue_comes_back_with_each_problem_beside_its_field_and_what_was_typed_kept() {
        asEditor((http, editor) -> {
            int before = world.app().newsletters().all(NewsletterWorld.EDITOR).size();
            HttpResponse<String> answer = http.post("/newsletters", form("csrf", editor.csrf(), "subject", " ", "body", "My **own** words",
                    "segment", "state", "segment_value", "Atlantis"), "Cookie", editor.cookie());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body())
                    .contains("id=\"newsletter-subject-problem\">Subject: write the subject")
                    .contains("id=\"newsletter-segment-problem\">Recipients: “Atlantis” is not a state the record knows")
                    .contains("value=\"Atlantis\"").contains(">My **own** words</textarea>")
                    .contains("<option value=\"state\" selected>");
            assertThat(world.app().newsletters().all(NewsletterWorld.EDITOR)).hasSize(before);
        });
    }

    @Test
    void every_page_leads_editors_to_the_newsletters_and_everyone_to_the_archive() {
        asEditor((http, editor) -> {
            Document forEditor = Jsoup.parse(http.get("/states", "Cookie", editor.cookie()).body());
            assertThat(forEditor.select("nav.who a[href=/newsletters]")).hasSize(1);
            Document forPublic = Jsoup.parse(http.get("/states").body());
            assertThat(forPublic.select("a[href=/newsletters]")).as("drafts are the editors'").isEmpty();
            assertThat(forPublic.select("footer a[href=/newsletters/archive]").text()).isEqualTo("Newsletter archive");
        });
    }

    @Test
    void the_pages_speak_french_and_russian_when_asked() {
        asEditor((http, editor) -> {
            String french = http.get("/newsletters/new?lang=fr", "Cookie", editor.cookie()).body();
            assertThat(french).contains("Nouveau numéro").contains("Destinataires").contains("Tous les abonnés confirmés");
            String russian = http.get("/newsletters?lang=ru", "Cookie", editor.cookie()).body();
            assertThat(russian).contains("Информационные бюллетени").contains("Новый выпуск");
            HttpResponse<String> refused = http.post("/newsletters?lang=ru", form("csrf", editor.csrf(), "subject", "", "body", "x"),
                    "Cookie", editor.cookie());
            assertThat(refused.body()).contains("Тема письма: напишите тему");
        });
    }

    @Test
    void an_editor_writes_previews_tests_and_sends_an_issue_which_then_reads_only_and_shows_in_the_public_archive() {
        asEditor((http, editor) -> {
            HttpResponse<String> made = http.post("/newsletters", form("csrf", editor.csrf(), "subject", "Ahead of session 47",
                    "body", "Three states are **reviewed**.\n\n<script>alert(1)</script>", "segment", "all"), "Cookie", editor.cookie());
            assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
            String page = Http.location(made);
            String draft = http.get(page, "Cookie", editor.cookie()).body();
            assertThat(draft).contains("<iframe class=\"newsletter-preview\" sandbox=\"\"").contains("src=\"" + page + "/preview\"")
                    .contains("Send a test to myself");
            HttpResponse<String> preview = http.get(page + "/preview", "Cookie", editor.cookie());
            assertThat(preview.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
            assertThat(preview.body()).contains("Three states are <strong>reviewed</strong>.").contains("&lt;script&gt;")
                    .doesNotContain("<script>alert").contains("Dear " + editor.email() + ",");

            HttpResponse<String> tested = http.post(page + "/test", form("csrf", editor.csrf()), "Cookie", editor.cookie());
            assertThat(Http.location(tested)).isEqualTo(page + "?done=test");
            assertThat(http.get(Http.location(tested), "Cookie", editor.cookie()).body()).contains("A test was queued for " + editor.email());

            HttpResponse<String> sent = http.post(page + "/send", form("csrf", editor.csrf()), "Cookie", editor.cookie());
            assertThat(Http.location(sent)).isEqualTo(page + "/deliveries");
            assertThat(http.get(page + "/deliveries", "Cookie", editor.cookie()).body()).contains("Delivery of “Ahead of session 47”")
                    .contains("No mail was queued");
            HttpResponse<String> again = http.post(page + "/send", form("csrf", editor.csrf()), "Cookie", editor.cookie());
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("sent already").doesNotContain("name=\"subject\"");

            String archive = http.get("/newsletters/archive").body();
            assertThat(archive).contains("Ahead of session 47");
            long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
            assertThat(http.get("/newsletters/archive/" + id).body()).contains("Three states are <strong>reviewed</strong>.")
                    .contains("&lt;script&gt;").doesNotContain("<script>alert");
        });
    }

    @Test
    void the_api_makes_a_draft_refuses_a_bad_one_by_field_sends_once_and_reports_the_deliveries() {
        asEditor((http, editor) -> {
            String[] auth = {"Cookie", editor.cookie(), Auth.CSRF_HEADER, editor.csrf()};
            HttpResponse<String> bad = http.postJson("/api/v1/newsletters", "{\"subject\": \"\", \"body\": \"x\", \"segment\": {\"kind\": \"galaxy\"}}", auth);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("\"subject\"").contains("\"segment\"").contains("galaxy");

            HttpResponse<String> made = http.postJson("/api/v1/newsletters",
                    "{\"subject\": \"By the API\", \"body\": \"Hello\", \"segment\": {\"kind\": \"state\", \"value\": \"Kazakhstan\"}}", auth);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            JsonNode issue = new ObjectMapper().readTree(made.body());
            assertThat(issue.path("segment").path("value").asText()).isEqualTo("KAZ");
            assertThat(issue.path("status").asText()).isEqualTo("draft");
            long id = issue.path("id").asLong();

            assertThat(http.postJson("/api/v1/newsletters/" + id + "/send", "{}", auth).statusCode()).isEqualTo(202);
            assertThat(http.postJson("/api/v1/newsletters/" + id + "/send", "{}", auth).statusCode()).isEqualTo(409);
            JsonNode detail = new ObjectMapper().readTree(http.get("/api/v1/newsletters/" + id, "Cookie", editor.cookie()).body());
            assertThat(detail.path("status").asText()).isEqualTo("sent");
            assertThat(detail.path("counts").path("sent").asLong()).isZero();
            assertThat(http.get("/api/v1/newsletters").statusCode()).as("the public may not read drafts").isEqualTo(401);
        });
    }
}
