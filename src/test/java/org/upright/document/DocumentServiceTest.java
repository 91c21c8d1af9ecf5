package org.upright.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.cases.CaseDetail;
import org.upright.cases.CaseId;
import org.upright.common.Audited;
import org.upright.common.Language;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.incident.IncidentId;
import org.upright.recommendation.RecommendationId;

/** Documents added, drafted, linked and confirmed against a real record: Kazakhstan's 2014 review. */
class DocumentServiceTest {
    static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt");
    static final Viewer PUBLIC = Viewer.anonymous("203.0.113.9");
    static final Viewer RESEARCHER = new Viewer(2L, "researcher@example.org", Role.RESEARCHER, "127.0.0.1");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    @TempDir
    Path dir;
    TestWorld world;
    DocumentService documents;
    final List<Audited> audited = new ArrayList<>();

    @BeforeEach
    void open() {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        documents = world.app().documents();
        world.app().events().subscribe(Audited.class, audited::add);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private DocumentService.Added release() throws IOException {
        return documents.add(EDITOR, Upload.of(RELEASE.getFileName().toString(), Files.readAllBytes(RELEASE)), null);
    }

    @Test
    void each_ask_of_the_kazakhstan_release_is_linked_to_kazakhstans_recommendations_on_its_subject() throws IOException {
        List<DraftItem> asks = release().items().stream().filter(i -> i.kind().equals("ask")).toList();
        assertThat(asks).hasSize(4);
        assertThat(linkedTexts(asks.get(0))).anyMatch(t -> t.contains("assembly"));
        assertThat(linkedTexts(asks.get(2))).anyMatch(t -> t.contains("criminal code") || t.contains("discord") || t.contains("expression"));
        assertThat(linkedTexts(asks.get(3))).anyMatch(t -> t.contains("union"));
        for (DraftItem ask : asks) {
            assertThat(linkedTexts(ask)).isNotEmpty();
            assertThat(recommendationsOf(ask)).allSatisfy(r -> assertThat(((Number) r.get("score")).doubleValue()).isPositive());
        }
    }

    @Test
    void the_document_keeps_its_original_bytes_and_the_clean_text_and_is_private_by_default() throws IOException {
        Document d = release().document();
        assertThat(documents.original(EDITOR, d.id())).get().isEqualTo(Files.readAllBytes(RELEASE));
        assertThat(d.text()).doesNotContain("Newsletter");
        assertThat(d.visibility().id()).isEqualTo("private");
        assertThat(d.language()).isEqualTo("en");
        assertThat(documents.find(PUBLIC, d.id())).isEmpty();
        assertThat(documents.find(PUBLIC, null, "", 10)).isEmpty();
        assertThat(documents.find(RESEARCHER, d.id())).isPresent();
        assertThat(audited).anySatisfy(a -> assertThat(a.action()).isEqualTo("document.add"));
    }

    @Test
    void only_editors_add_documents() {
        assertThatThrownBy(() -> documents.add(RESEARCHER, Upload.of("a.txt", "Text".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("editor");
    }

    @Test
    void accepting_a_person_opens_a_case_with_the_dated_steps_of_the_text() throws IOException {
        DocumentService.Added added = release();
        DraftItem ayan = item(added, "person", "Talgat Ayan");
        DraftItem decided = world.app().drafts().decide(EDITOR, added.document().id(), ayan.id(), new Decision(Decision.Verdict.ACCEPT, Map.of()));
        assertThat(decided.status()).isEqualTo("accepted");
        assertThat(decided.result()).startsWith("case/");
        CaseDetail c = world.app().cases().detail(EDITOR, new CaseId(Long.parseLong(decided.result().substring(5)))).orElseThrow();
        assertThat(c.item().name()).isEqualTo("Talgat Ayan");
        assertThat(c.item().state().value()).isEqualTo("KAZ");
        assertThat(c.timeline()).anySatisfy(e -> {
            assertThat(e.happenedOn()).isEqualTo("2018-04-01");
            assertThat(e.text()).startsWith("released on parole, April 2018");
        });
        assertThat(c.sources()).isNotEmpty();
        assertThat(audited).anySatisfy(a -> assertThat(a.action()).isEqualTo("document.item.accept"));
        assertThat(audited).anySatisfy(a -> assertThat(a.action()).isEqualTo("case.create"));
    }

    @Test
    void a_person_with_the_name_of_an_existing_case_adds_steps_to_that_case() throws IOException {
        CaseId bokaev = world.app().cases().create(EDITOR, new org.upright.cases.CaseForm("Max Bokaev", "KAZ", "imprisoned", "", "private"));
        DocumentService.Added added = release();
        DraftItem person = item(added, "person", "Max Bokaev");
        assertThat(DraftItems.read(person.data()).get("case")).isEqualTo((int) bokaev.value());
        DraftItem decided = world.app().drafts().decide(EDITOR, added.document().id(), person.id(), new Decision(Decision.Verdict.ACCEPT, Map.of()));
        assertThat(decided.result()).isEqualTo("case/" + bokaev);
        assertThat(world.app().cases().detail(EDITOR, bokaev).orElseThrow().timeline())
                .anySatisfy(e -> assertThat(e.text()).startsWith("sentenced to five years in prison, May 2016"));
    }

    @Test
    void accepting_a_corrected_incident_records_it_with_its_counts_and_links() throws IOException {
        DocumentService.Added added = release();
        DraftItem may = item(added, "incident", "2018-05-10");
        DraftItem decided = world.app().drafts().decide(EDITOR, added.document().id(), may.id(),
                new Decision(Decision.Verdict.CORRECT, Map.of("place", "Almaty and Nur-Sultan")));
        assertThat(decided.status()).isEqualTo("corrected");
        var incident = world.app().incidents().find(EDITOR, new IncidentId(Long.parseLong(decided.result().substring(9)))).orElseThrow();
        assertThat(incident.place()).isEqualTo("Almaty and Nur-Sultan");
        assertThat(incident.countText()).isEqualTo("dozens of people");
        assertThat(incident.countMin()).isEqualTo(24);
        assertThat(incident.dateFrom()).isEqualTo("2018-05-10");
        assertThat(incident.precision()).isEqualTo("day");
        assertThat(world.app().incidents().recommendations(incident.id())).isNotEmpty();
        assertThat(world.app().incidents().find(PUBLIC, incident.id())).as("private like its document").isEmpty();
    }

    @Test
    void a_wrong_correction_names_the_field_and_changes_nothing() throws IOException {
        DocumentService.Added added = release();
        DraftItem may = item(added, "incident", "2018-05-10");
        assertThatThrownBy(() -> world.app().drafts().decide(EDITOR, added.document().id(), may.id(),
                new Decision(Decision.Verdict.CORRECT, Map.of("date", "10/05/2018", "count_min", "many"))))
                .isInstanceOf(DocumentException.class).hasMessageContaining("date: YYYY").hasMessageContaining("count_min: a whole number");
        assertThat(world.app().incidents().find(EDITOR, null, 10)).isEmpty();
        assertThat(documents.items(EDITOR, added.document().id()).stream().filter(i -> i.id() == may.id()).findFirst().orElseThrow().status())
                .isEqualTo("proposed");
    }

    @Test
    void a_rejected_item_stays_in_the_draft_with_its_span_and_a_decision_is_final() throws IOException {
        DocumentService.Added added = release();
        DraftItem ask = item(added, "ask", "End restrictions");
        DraftItem rejected = world.app().drafts().decide(EDITOR, added.document().id(), ask.id(), new Decision(Decision.Verdict.REJECT, Map.of()));
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.start()).isEqualTo(ask.start());
        assertThatThrownBy(() -> world.app().drafts().decide(EDITOR, added.document().id(), ask.id(), new Decision(Decision.Verdict.ACCEPT, Map.of())))
                .isInstanceOf(DocumentException.class).hasMessageContaining("rejected already");
        DraftItem accepted = world.app().drafts().decide(EDITOR, added.document().id(), item(added, "ask", "Respect freedom").id(),
                new Decision(Decision.Verdict.ACCEPT, Map.of()));
        assertThat(accepted.result()).startsWith("ask/");
    }

    @Test
    void an_empty_file_a_binary_file_named_txt_and_the_same_file_twice_are_refused_and_nothing_is_saved() throws IOException {
        assertThatThrownBy(() -> documents.add(EDITOR, Upload.of("empty.txt", new byte[0]), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("empty.txt is empty");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThatThrownBy(() -> documents.add(EDITOR, Upload.of("photo.txt", binary), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("photo.txt is a binary file");
        release();
        assertThatThrownBy(this::release).isInstanceOf(DocumentException.class).hasMessageContaining("added already, as document");
        assertThatThrownBy(() -> documents.add(EDITOR, new Upload("a.txt", "Some text about Belarus.".getBytes(StandardCharsets.UTF_8),
                "secret", null, "4 Nov 2019", null, "Atlantis"), null))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("Visibility: public or private").hasMessageContaining("Publication date: write it as YYYY-MM-DD")
                .hasMessageContaining("State: no state is called \"Atlantis\"");
        assertThat(documents.find(EDITOR, null, "", 10)).hasSize(1);
    }

    @Test
    void the_problems_of_an_upload_are_written_in_the_language_of_the_person_who_sent_it() {
        Upload wrong = new Upload("a.txt", "Some text about Belarus.".getBytes(StandardCharsets.UTF_8), "secret", null, "4 Nov 2019", null, "Atlantis");
        String russian = Ui.in(Language.RU, () -> problemOf(wrong));
        assertThat(russian).contains("Видимость: public или private, а не «secret».", "Дата публикации: пишите в виде ГГГГ-ММ-ДД",
                "государства «Atlantis» нет");
        assertThat(Ui.in(Language.FR, () -> problemOf(wrong))).contains("Visibilité : public ou private, pas « secret ».");
        assertThat(documents.find(EDITOR, null, "", 10)).isEmpty();
    }

    private String problemOf(Upload upload) {
        try {
            documents.add(EDITOR, upload, null);
        } catch (DocumentException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("the upload was accepted: " + upload);
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused_with_what_to_do() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
        }
        assertThatThrownBy(() -> documents.add(EDITOR, Upload.of("scan.pdf", out.toByteArray()), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("no text layer; OCR it first");
        assertThat(documents.find(EDITOR, null, "", 10)).isEmpty();
    }

    @Test
    void a_200_page_pdf_is_read_page_by_page_with_progress() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 200; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    s.beginText();
                    s.setFont(font, 11);
                    s.newLineAtOffset(50, 700);
                    s.showText(String.format(Locale.ROOT, "Page %d. On 10 May 2018 police in Belarus detained %d protesters in Minsk.", p, p + 20));
                    s.endText();
                }
            }
            pdf.save(out);
        }
        List<Integer> pages = new ArrayList<>();
        DocumentService.Added added = documents.add(EDITOR, Upload.of("report.pdf", out.toByteArray()), pages::add);
        assertThat(pages).hasSize(200).endsWith(200);
        assertThat(added.document().mediaType()).isEqualTo("application/pdf");
        assertThat(added.document().text()).contains("Page 200.");
        assertThat(added.document().state().value()).isEqualTo("BLR");
    }

    @Test
    void html_scripts_are_never_stored_and_site_chrome_is_dropped() {
        String html = """
                <!doctype html><html lang="en"><head><title>Belarus: free the jailed journalists</title>
                <meta property="og:site_name" content="Example Watch"><meta property="article:published_time" content="2021-06-01T10:00:00Z">
                <script>document.cookie='x'; alert('owned')</script></head>
                <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
                <div class="cookie-banner">We use cookies. Accept all cookies</div>
                <article><h1>Belarus: free the jailed journalists</h1>
                <p>On 23 May 2021, the authorities of Belarus forced down a plane and arrested the journalist Roman Protasevich.</p>
                <p>Example Watch calls on the authorities of Belarus to release all journalists detained for their work and to
                repeal article 342 of the criminal code, which punishes taking part in protests.</p>
                <p onclick="alert(1)">The government should immediately release Roman Protasevich.</p></article>
                <div class="share">Share this: Facebook Twitter</div><aside class="related">Related articles</aside>
                <footer>Sign up to our newsletter</footer></body></html>
                """;
        DocumentService.Added added = documents.add(EDITOR, Upload.of("belarus.html", html.getBytes(StandardCharsets.UTF_8)), null);
        Document d = added.document();
        assertThat(d.text()).contains("forced down a plane", "repeal article 342").doesNotContain("alert", "<", "cookie", "Related", "newsletter", "Share");
        assertThat(d.mediaType()).isEqualTo("text/html");
        assertThat(d.publisher()).isEqualTo("Example Watch");
        assertThat(d.publishedOn()).isEqualTo("2021-06-01");
        assertThat(d.state().value()).isEqualTo("BLR");
        assertThat(added.extraction().asks()).extracting(a -> a.text()).anySatisfy(t -> assertThat(t).startsWith("Release all journalists"));
    }

    @Test
    void a_text_about_no_state_with_no_asks_is_kept_with_notices_and_no_links() {
        String text = "The annual meeting of the association took place in a large hall. Members discussed the budget and elected a new board.";
        DocumentService.Added added = documents.add(EDITOR, Upload.of("minutes.txt", text.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(added.document().state()).isNull();
        assertThat(added.extraction().asks()).isEmpty();
        assertThat(added.document().notices()).anySatisfy(n -> assertThat(n).contains("names no state"))
                .anySatisfy(n -> assertThat(n).contains("asks for nothing"));
    }

    private static DraftItem item(DocumentService.Added added, String kind, String labelStart) {
        return added.items().stream().filter(i -> i.kind().equals(kind) && i.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + labelStart + " in " + added.items().stream().map(DraftItem::label).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recommendationsOf(DraftItem item) {
        return (List<Map<String, Object>>) DraftItems.read(item.data()).get("recommendations");
    }

    private List<String> linkedTexts(DraftItem item) {
        return recommendationsOf(item).stream()
                .map(r -> world.app().recommendations().recommendation(new RecommendationId(((Number) r.get("id")).longValue())).orElseThrow())
                .peek(r -> assertThat(r.stateUnderReview().value()).as("linked to a recommendation Kazakhstan received").isEqualTo("KAZ"))
                .map(r -> r.text().toLowerCase(Locale.ROOT)).toList();
    }
}
