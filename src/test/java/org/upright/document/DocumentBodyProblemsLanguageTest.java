package org.upright.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Language;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.web.Http;
import org.upright.common.NotAllowed;
import org.upright.web.SignedIn;

/**
 * A decision sent to the documents API with a body that is not JSON, or JSON that is not an object, is told so in
 * the language asked (?lang=ru, ?lang=ar), in English without one; a person who is not an editor is refused in
 * their language too, and the command line (no request language) keeps the English.
 */
class DocumentBodyProblemsLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_decision_body_that_is_not_a_json_object_is_refused_in_the_language_asked() {
        try (TestWorld world = TestWorld.empty(dir)) {
            world.app().accounts().add(Viewer.cli(), "json-editor@example.org", org.upright.common.Role.EDITOR, SignedIn.PASSWORD);
            String editor = "Bearer " + world.app().accounts().createTokenFor(Viewer.cli(), "json-editor@example.org", "test").secret();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                String url = "/api/v1/documents/987654/items/1";

                assertThat(message(http.postJson(url, "{decision: acc", "Authorization", editor))).startsWith("The body is not JSON: ");
                assertThat(message(http.postJson(url, "[1, 2]", "Authorization", editor)))
                        .isEqualTo("Send a JSON object such as {\"decision\": \"accept\"}.");

                assertThat(message(http.postJson(url + "?lang=ru", "{decision: acc", "Authorization", editor)))
                        .startsWith("Тело запроса не является JSON: ");
                assertThat(message(http.postJson(url + "?lang=ru", "[1, 2]", "Authorization", editor)))
                        .isEqualTo("Отправьте объект JSON, например {\"decision\": \"accept\"}.");

                assertThat(message(http.postJson(url + "?lang=ar", "{decision: acc", "Authorization", editor)))
                        .startsWith("متن الطلب ليس بصيغة JSON: ");
                assertThat(message(http.postJson(url + "?lang=ar", "[1, 2]", "Authorization", editor)))
                        .isEqualTo("أرسل كائن JSON مثل {\"decision\": \"accept\"}.");
            });
        }
    }

    @Test
    void someone_who_is_not_an_editor_is_refused_in_their_language_and_in_english_on_the_command_line() {
        Viewer researcher = DocumentServiceTest.RESEARCHER;
        assertThatThrownBy(() -> DocumentService.mayEdit(researcher)).isInstanceOf(NotAllowed.class)
                .hasMessage("Only editors add documents and confirm drafts; ask an admin for the editor role.");
        assertThatThrownBy(() -> Ui.in(Language.RU, () -> { DocumentService.mayEdit(researcher); return null; }))
                .hasMessageStartingWith("Добавлять документы и подтверждать черновики могут только редакторы");
        assertThatThrownBy(() -> Ui.in(Language.AR, () -> { DocumentService.mayEdit(researcher); return null; }))
                .hasMessageStartingWith("يضيف المحررون وحدهم الوثائق");
    }

    private static String message(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).path("error").path("message").asText();
    }
}
