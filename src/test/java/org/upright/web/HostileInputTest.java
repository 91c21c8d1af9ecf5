package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.common.Role;
import org.upright.recommendation.RecommendationFilter;

/**
 * What an attacker types: script in imported texts and in every parameter and form field comes out escaped on
 * every page; SQL in every parameter is a 200 or a 400, never a 500 or a changed database; paths that climb out
 * of a folder fetch nothing and name no file outside.
 */
class HostileInputTest extends RealExtractsTest {
    static final String SCRIPT = "\"><script>alert('upright')</script><img src=x onerror=alert(1)>";
    static final String SQL = "1' OR '1'='1'; DROP TABLE app_user; --";
    /** Every query parameter any page or API call reads. */
    static final List<String> PARAMS = List.of("q", "sur", "rs", "cycle", "session", "response", "issue", "theme", "page", "size",
            "sort", "order", "explain", "next", "actor", "action", "from", "to", "text", "format");
    static long xss;

    @BeforeAll
    static void importAScriptInARecommendation() throws IOException {
        Path file = Files.createTempFile("hostile", ".csv");
        Files.writeString(file, """
                To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
                Kazakhstan,Asia,,"Ensure freedom of assembly %s",France,WEOG,EU,Accepted,4,"Freedom of opinion %s",20
                """.formatted(SCRIPT.replace("\"", "\"\""), SCRIPT.replace("\"", "\"\"")), StandardCharsets.UTF_8);
        world.importFile(file);
        Files.delete(file);
        world.app().search().awaitChanges();
        xss = world.recommendation("Ensure freedom of assembly").id().value();
    }

    /** Asks every GET route, as an admin (who sees every page), once per parameter with the value given. */
    private void everyPageWith(String value, BiConsumer<String, HttpResponse<String>> check) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn admin = SignedIn.as(world.app(), http, "admin@hostile.example.org", Role.ADMIN);
            for (var parsed : server.unsafe.internalRouter.allHttpHandlers()) {
                if (parsed.endpoint.method != HandlerType.GET) continue;
                String path = parsed.endpoint.path.replace("{id}", Long.toString(xss)).replace("{code}", "KAZ").replace("{number}", "20")
                        .replace("{slug}", "no-such-survey")
                        .replace("{token}", "not-a-signed-link");
                check.accept(path, http.get(path, "Cookie", admin.cookie(), "Accept", "text/html"));
                for (String param : PARAMS) {
                    String url = path + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    check.accept(url, http.get(url, "Cookie", admin.cookie(), "Accept", "text/html"));
                }
                String inPath = parsed.endpoint.path.replace("{id}", URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .replace("{code}", URLEncoder.encode(value, StandardCharsets.UTF_8)).replace("{number}", URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .replace("{slug}", URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .replace("{token}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                if (!inPath.equals(parsed.endpoint.path)) check.accept(inPath, http.get(inPath, "Cookie", admin.cookie()));
            }
        });
    }

    /** Pages must escape; files and JSON carry the text as it is, which no browser runs (they are not HTML, and say so firmly). */
    private static void escaped(String url, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            assertThat(answer.body()).as(url).doesNotContain("<script>alert(").doesNotContain("<img src=x");
        } else {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(url).contains("nosniff");
        }
        assertThat(answer.statusCode()).as(url).isLessThan(500);
    }

    @Test
    void script_in_an_imported_text_or_any_parameter_comes_out_escaped_on_every_page() {
        everyPageWith(SCRIPT, HostileInputTest::escaped);
        // and the page of the recommendation does show the text, escaped
        JavalinTest.test(world.app().web(), (server, client) -> {
            String page = new Http(server.port()).get("/recommendations/" + xss).body();
            assertThat(page).contains("Ensure freedom of assembly \"&gt;&lt;script&gt;alert(");
        });
    }

    @Test
    void script_typed_into_form_fields_comes_out_escaped_and_lands_escaped_in_the_audit_log() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
            HttpResponse<String> signIn = http.post("/sign-in", form("csrf", csrf, "email", SCRIPT, "password", SCRIPT, "next", SCRIPT),
                    "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
            escaped("/sign-in", signIn);
            SignedIn admin = SignedIn.as(world.app(), http, "admin@hostile.example.org", Role.ADMIN);
            escaped("/admin/users", http.post("/admin/users", form("csrf", admin.csrf(), "email", SCRIPT, "role", "editor"), "Cookie", admin.cookie()));
            escaped("/admin/users", http.post("/admin/users", form("csrf", admin.csrf(), "email", "a@b.org", "role", SCRIPT), "Cookie", admin.cookie()));
            escaped("/account/tokens", http.post("/account/tokens", form("csrf", admin.csrf(), "name", SCRIPT), "Cookie", admin.cookie()));
            escaped("/account/language", http.post("/account/language", form("csrf", admin.csrf(), "language", SCRIPT), "Cookie", admin.cookie()));
            escaped("/newsletters", http.post("/newsletters", form("csrf", admin.csrf(), "subject", SCRIPT, "body", SCRIPT, "segment", SCRIPT,
                    "segment_value", SCRIPT), "Cookie", admin.cookie()));
            HttpResponse<String> issue = http.post("/newsletters", form("csrf", admin.csrf(), "subject", SCRIPT, "body", SCRIPT, "segment", "all"),
                    "Cookie", admin.cookie());
            escaped(Http.location(issue), http.get(Http.location(issue), "Cookie", admin.cookie()));
            HttpResponse<String> log = http.get("/admin/audit", "Cookie", admin.cookie());
            escaped("/admin/audit", log);
            assertThat(log.body()).contains("&lt;script&gt;");
        });
    }

    @Test
    void sql_in_any_parameter_is_answered_without_a_server_error_and_changes_nothing() {
        long recommendations = world.app().recommendations().all(RecommendationFilter.none()).size();
        everyPageWith(SQL, (url, answer) -> assertThat(answer.statusCode()).as(url).isIn(200, 301, 303, 400, 404));
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
            assertThat(http.post("/sign-in", form("csrf", csrf, "email", SQL, "password", SQL), "Cookie", Auth.CSRF_COOKIE + "=" + csrf)
                    .statusCode()).isEqualTo(401);
        });
        assertThat(world.app().recommendations().all(RecommendationFilter.none())).hasSize((int) recommendations);
        assertThat(world.app().accounts().find("admin@hostile.example.org")).isPresent();
    }

    @Test
    void paths_that_climb_out_of_a_folder_fetch_nothing_and_name_no_file_outside() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            for (String url : List.of("/css/../../../../../etc/passwd", "/css/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2f..%2fetc%2fpasswd",
                    "/webjars/..%2f..%2f..%2fetc/passwd", "/js/%2e%2e%5c%2e%2e%5cpom.xml", "/../../../../etc/passwd")) {
                HttpResponse<String> answer = http.get(url);
                assertThat(answer.statusCode()).as(url).isIn(400, 404);
                assertThat(answer.body()).as(url).doesNotContain("root:x:0:0").doesNotContain("<artifactId>");
            }
            HttpResponse<String> export = http.get("/search/export.csv?q=" + URLEncoder.encode("../../../etc/passwd", StandardCharsets.UTF_8));
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).doesNotContain("/").doesNotContain("..")
                    .contains("filename=\"upright-search-etc-passwd.csv\"");
            assertThat(http.get("/api/v1/search/export?format=" + URLEncoder.encode("../../../etc/passwd", StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(400);
            SignedIn admin = SignedIn.as(world.app(), http, "admin@hostile.example.org", Role.ADMIN);
            assertThat(http.get("/admin/audit/export.csv?from=..%2F..%2Fetc%2Fpasswd", "Cookie", admin.cookie()).statusCode()).isEqualTo(400);
        });
    }
}
