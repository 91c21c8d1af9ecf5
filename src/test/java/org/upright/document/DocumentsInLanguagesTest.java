package org.upright.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Language;
import org.upright.i18n.Ui;
import org.upright.web.Http;

/**
 * A document's page names its language the reader's way, and what goes wrong with a document — a number nobody
 * has, a file that cannot be read — is said in the reader's language; English without a choice.
 */
class DocumentsInLanguagesTest {
    @TempDir
    Path dir;

    @Test
    void the_page_names_the_document_s_language_and_an_unknown_number_in_the_language_asked() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            long id = world.app().documents().add(DocumentServiceTest.EDITOR, new Upload("release.txt",
                    Files.readAllBytes(DocumentServiceTest.RELEASE), "public", "Human Rights Watch", null, null, null), null)
                    .document().id().value();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                assertThat(http.get("/documents/" + id).body()).contains("<dd>English</dd>");
                assertThat(http.get("/documents/" + id + "?lang=fr").body()).contains("<dd>Anglais</dd>");
                assertThat(http.get("/documents/" + id + "?lang=zh").body()).contains("<dd>英语</dd>");
                var russian = http.get("/documents/987654?lang=ru");
                assertThat(russian.statusCode()).isEqualTo(404);
                assertThat(russian.body()).contains("Документа с номером 987654 нет.");
                var arabic = http.get("/api/v1/documents/987654?lang=ar");
                assertThat(arabic.statusCode()).isEqualTo(404);
                assertThat(arabic.body()).contains("لا توجد وثيقة تحمل الرقم 987654.");
            });
        }
    }

    @Test
    void a_file_that_cannot_be_read_is_explained_in_the_reader_s_language() {
        DocumentReader reader = new DocumentReader();
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0], null)).hasMessage("empty.txt is empty: choose a file with text in it.");
        assertThatThrownBy(() -> Ui.in(Language.FR, () -> reader.read("empty.txt", new byte[0], null)))
                .hasMessage("empty.txt est vide : choisissez un fichier qui contient du texte.");
        assertThatThrownBy(() -> Ui.in(Language.ES, () -> reader.read("scan.pdf", "%PDF-1.7 broken".getBytes(), null)))
                .hasMessageStartingWith("scan.pdf empieza como un PDF pero no puede leerse como tal");
        assertThatThrownBy(() -> Ui.in(Language.RU, () -> reader.read(null, new byte[] {1, 0, 2}, null)))
                .hasMessage("файл: это двоичный файл, а не текст, HTML или PDF. Добавьте документ в формате .txt, .html или .pdf.");
    }
}
