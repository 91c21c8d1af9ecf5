package org.upright.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * A correction on the draft page that cannot be made — a bad date, an empty name, a recommendation number the
 * record does not hold — comes back on the same page with its message beside the field it concerns and what was
 * typed still in the form; the item stays proposed. A good correction is made.
 */
class DraftCorrectionRoutesTest {
    @TempDir
    Path dir;

    private record Setup(TestWorld world, long document, List<DraftItem> items) {
        DraftItem first(String kind) {
            return items.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
        }
    }

    private Setup release(TestWorld world) throws IOException {
        world.app().search().awaitChanges();
        DocumentService.Added added = world.app().documents().add(DocumentServiceTest.EDITOR,
                Upload.of("release.txt", Files.readAllBytes(DocumentServiceTest.RELEASE)), null);
        return new Setup(world, added.document().id().value(), added.items());
    }

    private static HttpResponse<String> correct(Http http, SignedIn editor, long document, DraftItem item, String... fields) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", editor.csrf(), "decision", "correct"));
        for (int i = 0; i < fields.length; i += 2) form.put("f_" + fields[i], fields[i + 1]);
        return http.post("/documents/" + document + "/items/" + item.id(), form, "Cookie", editor.cookie());
    }

    @Test
    void each_wrong_field_is_named_beside_itself_with_what_was_typed_kept_and_nothing_is_decided() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            Setup s = release(world);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                DraftItem incident = s.first("incident");
                HttpResponse<String> badDate = correct(http, editor, s.document(), incident, "date", "2018-13-45", "place", "Almaty",
                        "count_text", "dozens", "recommendations", "");
                assertThat(badDate.statusCode()).isEqualTo(400);
                String fid = "f-" + incident.id() + "-date";
                assertThat(badDate.body()).contains("id=\"" + fid + "\" name=\"f_date\" value=\"2018-13-45\" aria-invalid=\"true\"",
                        "id=\"" + fid + "-problem\"", "YYYY, YYYY-MM or YYYY-MM-DD", "value=\"Almaty\"");
                // the problem sits right after its field, before the next one
                String body = badDate.body();
                assertThat(body.indexOf(fid + "-problem")).isBetween(body.indexOf("id=\"" + fid + "\""), body.indexOf("id=\"f-" + incident.id() + "-place\""));

                DraftItem person = s.first("person");
                HttpResponse<String> emptyName = correct(http, editor, s.document(), person, "name", "  ", "role", "journalist");
                assertThat(emptyName.statusCode()).isEqualTo(400);
                assertThat(emptyName.body()).contains("id=\"f-" + person.id() + "-name-problem\"", "cannot be empty; reject the item instead",
                        "<option value=\"journalist\" selected>journalist</option>");

                DraftItem ask = s.first("ask");
                HttpResponse<String> unknown = correct(http, editor, s.document(), ask, "text", "Free all those jailed for protest",
                        "recommendations", "99999999, x1");
                assertThat(unknown.statusCode()).isEqualTo(400);
                assertThat(unknown.body()).contains("id=\"f-" + ask.id() + "-recommendations-problem\"", "not \"x1\"",
                        "Free all those jailed for protest</textarea>");
                HttpResponse<String> missing = correct(http, editor, s.document(), ask, "text", "Free them", "recommendations", "99999999");
                assertThat(missing.body()).contains("no recommendation has the number 99999999");

                List<DraftItem> now = world.app().documents().items(DocumentServiceTest.EDITOR, new DocumentId(s.document()));
                assertThat(now).filteredOn(i -> List.of(incident.id(), person.id(), ask.id()).contains(i.id()))
                        .extracting(DraftItem::status).containsOnly("proposed");
            });
        }
    }

    @Test
    void a_good_correction_relinks_the_ask_to_the_recommendations_typed() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            Setup s = release(world);
            long rec = world.recommendation("Ratify the Rome Statute").id().value();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                DraftItem ask = s.first("ask");
                HttpResponse<String> done = correct(http, editor, s.document(), ask, "text", ask.label(), "recommendations", Long.toString(rec));
                assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
                DraftItem after = world.app().documents().items(DocumentServiceTest.EDITOR, new DocumentId(s.document())).stream()
                        .filter(i -> i.id() == ask.id()).findFirst().orElseThrow();
                assertThat(after.status()).isEqualTo("corrected");
                assertThat(after.data()).contains("\"id\":" + rec).contains("\"score\":0.0");
            });
        }
    }
}
