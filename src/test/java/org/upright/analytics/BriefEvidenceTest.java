package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.document.Decision;
import org.upright.document.DocumentService;
import org.upright.document.DraftItem;
import org.upright.document.Upload;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * The brief holds the evidence and asks editors confirmed from documents about the state, with links to them and
 * to their documents, and only those its reader may see: the Kazakhstan release added privately and, with one byte
 * more, publicly; an ask and an incident confirmed from each.
 */
class BriefEvidenceTest {
    static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");
    static final String PRIVATE_ASK = "Private ask: stop prosecuting peaceful protesters";
    static final String PUBLIC_ASK = "Public ask: repeal article 174 of the criminal code";

    @TempDir
    Path dir;

    /** Adds the release, accepts its first incident and corrects its first ask to the text given. */
    private static void confirm(TestWorld world, byte[] bytes, String visibility, String askText) {
        DocumentService.Added added = world.app().documents().add(EDITOR, new Upload("release.txt", bytes, visibility, null, null, null, null), null);
        DraftItem ask = added.items().stream().filter(i -> i.kind().equals("ask")).findFirst().orElseThrow();
        DraftItem incident = added.items().stream().filter(i -> i.kind().equals("incident")).findFirst().orElseThrow();
        world.app().drafts().decide(EDITOR, added.document().id(), ask.id(),
                new Decision(Decision.Verdict.CORRECT, java.util.Map.of("text", askText)));
        world.app().drafts().decide(EDITOR, added.document().id(), incident.id(), new Decision(Decision.Verdict.ACCEPT, java.util.Map.of()));
    }

    @Test
    void the_brief_lists_the_confirmed_asks_and_incidents_its_reader_may_see_with_links_in_every_format() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            world.app().search().awaitChanges();
            byte[] release = Files.readAllBytes(RELEASE);
            confirm(world, release, "private", PRIVATE_ASK);
            confirm(world, (new String(release, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8), "public", PUBLIC_ASK);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn researcher = SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER);

                JsonNode forResearcher = new ObjectMapper().readTree(http.get("/api/v1/states/KAZ/brief", "Cookie", researcher.cookie()).body());
                JsonNode lines = forResearcher.path("documents");
                assertThat(lines.findValuesAsText("kind")).containsExactlyInAnyOrder("incident", "incident", "ask", "ask");
                assertThat(lines.findValuesAsText("text")).contains(PRIVATE_ASK, PUBLIC_ASK);
                assertThat(lines.findValuesAsText("url")).anyMatch(u -> u.matches("/incidents/\\d+")).anyMatch(u -> u.matches("/documents/\\d+#ask-\\d+"));
                for (JsonNode line : lines) assertThat(line.path("source_url").asText()).matches("/documents/\\d+");

                JsonNode forPublic = new ObjectMapper().readTree(http.get("/api/v1/states/KAZ/brief").body());
                assertThat(forPublic.path("documents").findValuesAsText("text")).contains(PUBLIC_ASK).doesNotContain(PRIVATE_ASK);
                assertThat(forPublic.path("documents").size()).isEqualTo(2);

                String page = http.get("/states/KAZ/brief").body();
                assertThat(page).contains(PUBLIC_ASK, "href=\"/incidents/").doesNotContain(PRIVATE_ASK);

                HttpResponse<byte[]> docx = download(server.port(), "/states/KAZ/brief.docx", researcher.cookie());
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                     XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    assertThat(text.getText()).contains("Ask: " + PRIVATE_ASK, "Ask: " + PUBLIC_ASK, "Incident, ");
                }
            });
        }
    }

    @Test
    void a_state_without_confirmed_evidence_says_so() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            world.app().search().awaitChanges();
            JavalinTest.test(world.app().web(), (server, client) -> {
                String page = client.get("/states/DZA/brief").body().string();
                assertThat(page).contains("No documents (submissions, press releases) with evidence or asks about Algeria");
            });
        }
    }

    private static HttpResponse<byte[]> download(int port, String path, String cookie) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
