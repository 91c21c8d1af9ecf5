package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.cases.CaseForm;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.web.JsonAnswer;

/**
 * The advocacy brief of Algeria (session 13 in the real extracts) as page, JSON, Word and PDF — the last two parsed
 * back with the libraries that read them — and of a state the record never reviewed. A private case of Algeria never
 * reaches the brief a member of the public downloads.
 */
class BriefTest extends RealExtractsTest {
    private static final String PUBLIC_CASE = "Karim Public Case";
    private static final String PRIVATE_CASE = "Secret Source Case";

    @BeforeAll
    static void cases() {
        world.app().search().awaitChanges();
        Viewer editor = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");
        world.app().cases().create(editor, new CaseForm(PUBLIC_CASE, "DZA", "detained", "Detained in 2023", "public"));
        world.app().cases().create(editor, new CaseForm(PRIVATE_CASE, "DZA", "detained", "Known to members only", "private"));
    }

    @Test
    void the_brief_page_holds_the_reviews_the_charts_the_hooks_and_who_to_lobby() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/states/DZA/brief");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("Advocacy brief: Algeria", "Next review:", "around Working Group session 27",
                    "id=\"brief-received-table\"", "id=\"brief-open-table\"", "No implementation assessments are in the record yet",
                    "No documents (submissions, press releases)", "Who to lobby", "class=\"data lobbying\"", PUBLIC_CASE);
            assertThat(html).doesNotContain(PRIVATE_CASE);
        });
    }

    @Test
    void the_word_document_parses_back_with_the_same_sections_and_no_private_case() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            HttpResponse<byte[]> response = download(server.port(), "/states/DZA/brief.docx");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("Advocacy brief: Algeria", "Reviews", "Received in each cycle, by response",
                        "Implementation assessments", "Who to lobby", PUBLIC_CASE).doesNotContain(PRIVATE_CASE);
                assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
            }
        });
    }

    @Test
    void the_pdf_parses_back_with_the_same_sections_and_no_private_case() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            HttpResponse<byte[]> response = download(server.port(), "/states/DZA/brief.pdf");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(pdf.getNumberOfPages()).isPositive();
                assertThat(text).contains("Advocacy brief: Algeria", "Reviews", "Who to lobby", PUBLIC_CASE)
                        .doesNotContain(PRIVATE_CASE);
            }
        });
    }

    @Test
    void the_json_brief_names_the_reviews_and_the_lobbying_tables() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var json = JsonAnswer.of(client.get("/api/v1/states/DZA/brief"));
            assertThat(json.path("reviews").get(0).path("session").asInt()).isEqualTo(13);
            assertThat(json.path("lobbying").size()).isPositive();
            assertThat(json.path("lobbying").get(0).path("candidates").size()).isPositive();
            assertThat(json.toString()).doesNotContain(PRIVATE_CASE);
        });
    }

    @Test
    void a_state_the_record_never_reviewed_gets_a_brief_that_says_so_in_every_format() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            String html = client.get("/states/ISL/brief").body().string();
            assertThat(html).contains("The record holds no review of Iceland yet").doesNotContain("data-chart=");
            try (PDDocument pdf = Loader.loadPDF(download(server.port(), "/states/ISL/brief.pdf").body())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("no review of Iceland");
            }
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(server.port(), "/states/ISL/brief.docx").body()))) {
                assertThat(new XWPFWordExtractor(doc).getText()).contains("no review of Iceland");
            }
            assertThat(client.get("/states/Atlantis/brief").code()).isEqualTo(404);
        });
    }

    @Test
    void the_brief_page_speaks_french_and_russian_when_asked() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertThat(page(server.port(), "/states/DZA/brief?lang=fr")).contains("Note de plaidoyer",
                    "Évaluations de la mise en œuvre", "Prochain examen", "Télécharger", "Groupe des États d’Afrique", "21 mai")
                    .doesNotContain("Implementation assessments", "African Group", "21 May");
            assertThat(page(server.port(), "/states/DZA/brief?lang=ru")).contains("Оценки выполнения",
                    "Следующий обзор", "Скачать", "Сессия").doesNotContain("Who to lobby", "Next review:");
        });
    }

    @Test
    void the_word_document_and_the_pdf_come_out_in_the_language_asked_for() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(server.port(), "/states/DZA/brief.docx?lang=ru").body()));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("Обзоры", "Оценки выполнения", "Следующий обзор").doesNotContain("Implementation assessments");
            }
            try (PDDocument pdf = Loader.loadPDF(download(server.port(), "/states/DZA/brief.pdf?lang=fr").body())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Évaluations de la mise en œuvre", "Prochain examen")
                        .doesNotContain("Implementation assessments");
            }
        });
    }

    @Test
    void the_pdf_in_russian_chinese_and_arabic_carries_translated_headings_in_an_embedded_font() throws Exception {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertPdf(server.port(), "ru", "Оценки выполнения", "Рекомендации, полученные в каждом цикле", "DejaVu");
            assertPdf(server.port(), "zh", "落实情况评估", "各轮收到的建议", "DroidSansFallback");
            assertPdf(server.port(), "ar", "تقييمات التنفيذ", "التوصيات المتلقاة في كل جولة", "DejaVu");
        });
    }

    @Test
    void the_arabic_pdf_first_page_is_rendered_for_a_person_to_look_at() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            try (PDDocument pdf = Loader.loadPDF(download(server.port(), "/states/DZA/brief.pdf?lang=ar").body())) {
                java.awt.image.BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
                java.nio.file.Path png = java.nio.file.Path.of("target/screenshots/brief-pdf-ar-page1.png");
                java.nio.file.Files.createDirectories(png.getParent());
                javax.imageio.ImageIO.write(image, "png", png.toFile());
                assertThat(png).isNotEmptyFile();
            }
        });
    }

    @Test
    void the_arabic_pdf_tables_read_from_the_right_and_the_english_ones_from_the_left() throws Exception {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertThat(across(server.port(), "ar", "الدورة")).as("the session column, first in reading order")
                    .isGreaterThan(across(server.port(), "ar", "التقرير"));
            assertThat(across(server.port(), "en", "Session")).isLessThan(across(server.port(), "en", "Report"));
        });
    }

    /** How far from the page's left edge the first piece of the brief's PDF in the language holding the word starts. */
    private static float across(int port, String lang, String word) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(port, "/states/DZA/brief.pdf?lang=" + lang).body())) {
            float[] x = {-1};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    String letters = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
                    if (x[0] < 0 && letters.strip().equals(word)) {
                        x[0] = (float) positions.stream().mapToDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj).min().orElseThrow();
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
            assertThat(x[0]).as(lang + ": a cell holding only " + word).isNotNegative();
            return x[0];
        }
    }

    @Test
    void the_arabic_word_document_runs_right_to_left_with_arabic_headings() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(server.port(), "/states/DZA/brief.docx?lang=ar").body()));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("تقييمات التنفيذ", "التوصيات المتلقاة في كل جولة")
                        .doesNotContain("Implementation assessments", "Cycle", "Issue");
                assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getCTPPr().getBidi()).isNotNull());
                assertThat(doc.getParagraphs().getFirst().getRuns().getFirst().getCTR().getRPr().getRtlArray()).isNotEmpty();
                assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().getBidiVisual()).isNotNull());
            }
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(server.port(), "/states/DZA/brief.docx?lang=ru").body()))) {
                assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getCTPPr().getBidi()).isNull());
            }
        });
    }

    /** The PDF in a language holds its words (letters compared after undoing Arabic shaping) and embeds the font. */
    private static void assertPdf(int port, String lang, String heading, String chart, String font) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(port, "/states/DZA/brief.pdf?lang=" + lang).body())) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFKC);
            assertThat(text).as(lang).contains(heading, chart).doesNotContain("Implementation assessments", "Cycle", "Issue");
            java.util.List<String> embedded = new java.util.ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                var f = pdf.getPage(0).getResources().getFont(name);
                if (f.isEmbedded()) embedded.add(f.getName());
            }
            assertThat(embedded).as(lang).anyMatch(n -> n.contains(font));
        }
    }

    /** A page fetched without the shared client, so the language cookie ?lang= sets stays out of the other tests. */
    private static String page(int port, String path) throws Exception {
        return new String(download(port, path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The test client reads bodies as text; Word and PDF files are fetched as bytes. */
    private static HttpResponse<byte[]> download(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
