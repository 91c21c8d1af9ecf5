package org.upright.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;
import org.upright.account.AccountService;
import org.upright.classify.JooqSuggestionStore;
import org.upright.classify.SuggestionStore;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** The audit log: append-only in the database, and fed by exports, label decisions, sign-ins and the admin's own export. */
class AuditLogTest extends RealExtractsTest {
    private static AuditEntry last(String action) {
        return world.app().audit().find(new AuditFilter(null, action, null, null, null), new PageRequest(1, 1)).items().getFirst();
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_audit_row() throws SQLException {
        world.app().events().publish(org.upright.common.Audited.of(Viewer.cli(), "test.row", "nothing", java.util.Map.of()));
        try (Connection c = world.app().database().connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET actor = 'someone else'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log")).hasMessageContaining("append-only");
        }
        assertThat(last("test.row").actor()).isEqualTo("cli");
    }

    @Test
    void an_export_is_logged_with_who_asked_which_search_and_how_many_rows() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn ana = SignedIn.as(world.app(), http, "researcher@audit.example.org", Role.RESEARCHER);
            HttpResponse<String> export = http.get("/search/export.csv?q=torture&sur=KAZ", "Cookie", ana.cookie());
            assertThat(export.statusCode()).isEqualTo(200);
            AuditEntry row = last("export");
            assertThat(row.actor()).isEqualTo("researcher@audit.example.org");
            assertThat(row.target()).contains("q=torture", "sur=KAZ");
            assertThat(row.details()).contains("\"rows\":" + export.headers().firstValue("X-Total-Count").orElseThrow(), "\"format\":\"csv\"");
            http.get("/api/v1/search/export?format=json&q=women");
            assertThat(last("export").actor()).isEqualTo("anonymous");
            assertThat(last("export").target()).startsWith("/api/v1/search/export").contains("q=women");
        });
    }

    @Test
    void an_editor_accepts_a_suggested_label_on_the_page_and_the_log_keeps_it_before_and_after() {
        Recommendation rec = world.recommendation(TestWorld.ROME_STATUTE);
        new JooqSuggestionStore(world.app().database()).save(List.of(new SuggestionStore.Suggested(rec.id(), Set.of(LabelKind.THEME),
                List.of(new SuggestionStore.Labelled(LabelKind.THEME, "Rule of law", 0.8)), null, "test-model")));
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn researcher = SignedIn.as(world.app(), http, "researcher@audit.example.org", Role.RESEARCHER);
            SignedIn editor = SignedIn.as(world.app(), http, "editor@audit.example.org", Role.EDITOR);
            String url = "/recommendations/" + rec.id().value();
            assertThat(http.get(url, "Cookie", researcher.cookie()).body()).doesNotContain("value=\"accept\"");
            assertThat(http.get(url, "Cookie", editor.cookie()).body()).contains("value=\"accept\"", "value=\"reject\"");
            assertThat(http.post(url + "/labels", form("csrf", researcher.csrf(), "decision", "accept", "kind", "theme", "value", "Rule of law"),
                    "Cookie", researcher.cookie()).statusCode()).isEqualTo(403);
            HttpResponse<String> accepted = http.post(url + "/labels", form("csrf", editor.csrf(), "decision", "accept", "kind", "theme",
                    "value", "Rule of law"), "Cookie", editor.cookie());
            assertThat(Http.location(accepted)).isEqualTo(url);
            Label label = world.app().recommendations().recommendation(rec.id()).orElseThrow().labels().stream()
                    .filter(l -> l.kind() == LabelKind.THEME && l.value().equals("Rule of law")).findFirst().orElseThrow();
            assertThat(label.origin()).isEqualTo(LabelOrigin.PERSON);
            AuditEntry row = last("label.accept");
            assertThat(row.actor()).isEqualTo("editor@audit.example.org");
            assertThat(row.target()).isEqualTo("recommendation/" + rec.id().value());
            assertThat(row.before()).contains("\"origin\":\"machine\"", "\"confidence\":0.8");
            assertThat(row.after()).contains("\"origin\":\"person\"");
        });
    }

    @Test
    void a_script_decides_with_an_api_token_without_cookie_or_csrf_and_only_with_the_editor_role() {
        Recommendation rec = world.recommendation(TestWorld.ROME_STATUTE);
        new JooqSuggestionStore(world.app().database()).save(List.of(new SuggestionStore.Suggested(rec.id(), Set.of(LabelKind.SDG),
                List.of(new SuggestionStore.Labelled(LabelKind.SDG, "16", 0.7)), null, "test-model")));
        AccountService accounts = world.app().accounts();
        accounts.add(Viewer.cli(), "script@audit.example.org", Role.EDITOR, SignedIn.PASSWORD);
        accounts.add(Viewer.cli(), "reader@audit.example.org", Role.RESEARCHER, SignedIn.PASSWORD);
        Viewer script = accounts.session(accounts.signIn("script@audit.example.org", SignedIn.PASSWORD, "local", null).id(), "local").orElseThrow().viewer();
        Viewer reader = accounts.session(accounts.signIn("reader@audit.example.org", SignedIn.PASSWORD, "local", null).id(), "local").orElseThrow().viewer();
        AccountService.NewToken token = accounts.createToken(script, "nightly");
        AccountService.NewToken weak = accounts.createToken(reader, "reader");
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String url = "/api/v1/recommendations/" + rec.id().value() + "/labels";
            String body = "{\"decision\": \"reject\", \"kind\": \"sdg\", \"value\": \"16\"}";
            assertThat(http.postJson(url, body).statusCode()).isEqualTo(401);
            assertThat(http.postJson(url, body, "Authorization", "Bearer " + weak.secret()).statusCode()).isEqualTo(403);
            HttpResponse<String> done = http.postJson(url, body, "Authorization", "Bearer " + token.secret());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("rejected");
            assertThat(last("label.reject").actor()).isEqualTo("script@audit.example.org");
            accounts.revokeToken(script, token.token().id());
            assertThat(http.postJson(url, body, "Authorization", "Bearer " + token.secret()).statusCode()).isEqualTo(401);
        });
        try (Connection c = world.app().database().connection(); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT token_hash FROM api_token")) {
            while (rows.next()) assertThat(rows.getString(1)).doesNotContain(token.secret()).hasSize(64);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void admins_filter_the_log_and_export_it_and_the_export_is_logged_too() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn admin = SignedIn.as(world.app(), http, "admin@audit.example.org", Role.ADMIN);
            String page = http.get("/admin/audit?action=sign-in&actor=admin%40audit.example.org", "Cookie", admin.cookie()).body();
            assertThat(page).contains("<th scope=\"row\" data-label=\"What\">sign-in</th>").doesNotContain("data-label=\"What\">export</th>");
            HttpResponse<String> wrongDay = http.get("/admin/audit?from=yesterday&actor=admin%40audit.example.org", "Cookie", admin.cookie());
            assertThat(wrongDay.statusCode()).isEqualTo(400);
            assertThat(wrongDay.body()).contains("id=\"from-problem\" role=\"alert\">from must be a day written yyyy-mm-dd",
                    "value=\"admin@audit.example.org\"").doesNotContain("That request cannot be answered");
            HttpResponse<String> csv = http.get("/admin/audit/export.csv?action=sign-in", "Cookie", admin.cookie());
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.body()).startsWith("id,at,actor,actor_id,action,target,address,before,after,details").contains("\"sign-in\"");
            assertThat(last("audit.export").details()).contains("action=sign-in");
        });
    }
}
