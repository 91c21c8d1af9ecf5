package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

class ThematicListParserTest {

    private static final Path DATA = Path.of("../shared/data/ohchr-thematic");
    private static final StateDirectory STATES = StateDirectory.load();

    private static final ThematicListDocxParser DOCX = new ThematicListDocxParser();
    private static final ThematicListMarkdownParser MARKDOWN = new ThematicListMarkdownParser();
    private static final Map<String, ParseResult> PARSED = new ConcurrentHashMap<>();

    // --- the real files --------------------------------------------------------------------------------

    /*
     * The Markdown headers say "Total Recommendations: 155" (cycle 2) and 184 (cycle 3), but both documents
     * hold more: counted by hand in the Word tables and the Markdown alike, cycle 2 lists 115.1–115.163 without
     * a gap (142 supported, 21 noted) and cycle 3 lists 121.1–121.58 and 122.1–122.157 (182 supported, 33 noted).
     */
    @Test
    void cycle_2_lists_all_163_recommendations_of_paragraph_115_in_both_formats() {
        for (ParseResult result : List.of(docx(2), markdown(2))) {
            assertThat(result.rejects()).isEmpty();
            assertThat(result.rowsRead()).isEqualTo(163);
            assertThat(paragraphs(result)).containsExactlyInAnyOrderElementsOf(numbered(115, 163));
            assertThat(countBy(result, Response.SUPPORTED)).isEqualTo(142);
            assertThat(countBy(result, Response.NOTED)).isEqualTo(21);
        }
    }

    @Test
    void cycle_3_lists_all_215_recommendations_of_paragraphs_121_and_122_in_both_formats() {
        List<String> expected = Stream.concat(numbered(121, 58).stream(), numbered(122, 157).stream()).toList();
        for (ParseResult result : List.of(docx(3), markdown(3))) {
            assertThat(result.rejects()).isEmpty();
            assertThat(result.rowsRead()).isEqualTo(215);
            assertThat(paragraphs(result)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(countBy(result, Response.SUPPORTED)).isEqualTo(182);
            assertThat(countBy(result, Response.NOTED)).isEqualTo(33);
        }
    }

    @Test
    void word_and_markdown_give_the_same_recommendations_apart_from_the_line() {
        for (int cycle : List.of(2, 3)) {
            Map<String, ParsedRecommendation> word = byParagraph(docx(cycle));
            Map<String, ParsedRecommendation> md = byParagraph(markdown(cycle));
            assertThat(md.keySet()).isEqualTo(word.keySet());
            for (String paragraph : word.keySet()) {
                assertThat(withoutLine(md.get(paragraph))).as(paragraph).isEqualTo(withoutLine(word.get(paragraph)));
            }
        }
    }

    @Test
    void every_recommendation_is_addressed_to_slovenia_in_the_session_of_the_title_with_a_final_response() {
        for (ParseResult result : List.of(docx(2), markdown(2))) {
            assertThat(result.items()).allSatisfy(r -> {
                assertThat(r.stateUnderReview()).isEqualTo(StateCode.of("SVN"));
                assertThat(r.session()).isEqualTo(20);
                assertThat(r.documentSymbol()).isEqualTo("A/HRC/28/15/Add.1");
                assertThat(r.responseIsFinal()).isTrue();
                assertThat(r.pledge()).isFalse();
            });
        }
        for (ParseResult result : List.of(docx(3), markdown(3))) {
            assertThat(result.items()).allSatisfy(r -> assertThat(r.session()).isEqualTo(34));
            assertThat(result.items()).extracting(ParsedRecommendation::documentSymbol)
                    .containsOnly("A/HRC/43/15", "A/HRC/43/15/Add.1");
        }
    }

    @Test
    void a_recommendation_made_by_two_states_in_two_brackets_has_both() {
        ParsedRecommendation r = byParagraph(markdown(3)).get("121.1");
        assertThat(r.line()).isEqualTo(19);
        assertThat(r.text()).isEqualTo("Ratify the International Convention for the Protection of All Persons from "
                + "Enforced Disappearance");
        assertThat(r.recommendingStates()).containsExactly(StateCode.of("FRA"), StateCode.of("LTU"));
        assertThat(r.response()).isEqualTo(Response.SUPPORTED);
        assertThat(r.documentSymbol()).isEqualTo("A/HRC/43/15");
        assertThat(r.labels()).containsExactly(
                Label.fromSource(LabelKind.THEME, "Acceptance of international norms"),
                Label.fromSource(LabelKind.THEME, "Enforced disappearances"),
                Label.fromSource(LabelKind.SDG, "16"),
                Label.fromSource(LabelKind.GROUP, "Disappeared persons"));
        assertThat(byParagraph(docx(3)).get("121.1").line()).as("row 3 of the table").isEqualTo(3);
    }

    @Test
    void a_clustered_recommendation_is_one_recommendation_with_every_state_and_the_texts_joined() {
        ParsedRecommendation r = byParagraph(docx(3)).get("121.2");
        assertThat(r.text()).isEqualTo("Complete the process of ratification of the International Convention for "
                + "the Protection of All Persons from Enforced Disappearance; Increase efforts towards ratification "
                + "of the International Convention for the Protection of All Persons from Enforced Disappearance");
        assertThat(r.recommendingStates()).containsExactly(StateCode.of("UKR"), StateCode.of("SVK"));

        ParsedRecommendation fourStates = byParagraph(markdown(2)).get("115.124");
        assertThat(fourStates.recommendingStates()).extracting(StateCode::value)
                .containsExactly("ARM", "CRI", "UZB", "AZE");
        assertThat(fourStates.text()).startsWith("Continue the efforts directed towards combating trafficking in "
                + "human beings; continue its efforts").doesNotContain("(");
    }

    @Test
    void brackets_that_are_part_of_the_text_stay_in_it() {
        Map<String, ParsedRecommendation> cycle3 = byParagraph(markdown(3));
        assertThat(cycle3.get("121.3").text()).endsWith("Forced Labour Convention, 1930 (No. 29)");
        assertThat(cycle3.get("121.3").recommendingStates()).containsExactly(StateCode.of("GBR"));
        Map<String, ParsedRecommendation> cycle2 = byParagraph(markdown(2));
        assertThat(cycle2.get("115.6").text()).endsWith("Members of Their Families (ICRMW)");
        assertThat(cycle2.get("115.6").recommendingStates()).containsExactly(StateCode.of("IRN"));
        assertThat(cycle2.get("115.106").text()).contains("(2009–2014)");
    }

    @Test
    void a_list_of_states_with_brackets_inside_a_name_is_read_whole() {
        ParsedRecommendation r = byParagraph(docx(2)).get("115.8");
        assertThat(r.text()).isEqualTo("Ratify ICRMW");
        assertThat(r.recommendingStates()).extracting(StateCode::value)
                .containsExactly("SEN", "SLE", "VEN", "PER", "URY");
        assertThat(r.response()).isEqualTo(Response.NOTED);
    }

    @Test
    void a_recommendation_ending_with_a_full_stop_instead_of_a_semicolon_is_read_alike() {
        ParsedRecommendation r = byParagraph(markdown(2)).get("115.163");
        assertThat(r.text()).isEqualTo("Establish conventions that will guarantee the non-violation of migrants’ rights");
        assertThat(r.recommendingStates()).containsExactly(StateCode.of("NGA"));
    }

    @Test
    void second_cycle_themes_lose_their_old_code_and_groups_take_the_vocabulary_spelling() {
        ParsedRecommendation r = byParagraph(markdown(2)).get("115.21");
        assertThat(r.labels()).containsExactly(
                Label.fromSource(LabelKind.THEME, "Constitutional and legislative framework"),
                Label.fromSource(LabelKind.THEME, "Discrimination against women"),
                Label.fromSource(LabelKind.THEME, "Children: definition; general principles; protection"),
                Label.fromSource(LabelKind.THEME, "Racial discrimination"),
                Label.fromSource(LabelKind.GROUP, "Women"),
                Label.fromSource(LabelKind.GROUP, "Children"),
                Label.fromSource(LabelKind.GROUP, "Minorities/ racial, ethnic, linguistic, religious or descent-based groups"));
        assertThat(labels(markdown(2), LabelKind.SDG)).as("the 2014 lists have no SDGs").isEmpty();
    }

    @Test
    void general_is_not_a_group_of_persons() {
        ParsedRecommendation r = byParagraph(docx(2)).get("115.1");
        assertThat(r.labels()).containsExactly(Label.fromSource(LabelKind.THEME, "Acceptance of international norms"));
        assertThat(labels(docx(2), LabelKind.GROUP)).noneMatch(g -> g.equalsIgnoreCase("general"));
    }

    @Test
    void labels_are_decoded_and_stored_in_the_form_upright_keeps() {
        for (ParseResult result : List.of(docx(2), markdown(2), docx(3), markdown(3))) {
            assertThat(result.items()).flatExtracting(ParsedRecommendation::labels)
                    .extracting(Label::value).noneMatch(v -> v.contains("&amp;") || v.startsWith("-") || v.isBlank());
            assertThat(labels(result, LabelKind.THEME)).noneMatch(t -> t.matches("[A-Z]\\d+ .*"));
            assertThat(labels(result, LabelKind.SDG))
                    .allMatch(n -> Integer.parseInt(n) >= 1 && Integer.parseInt(n) <= 17);
        }
        assertThat(labels(markdown(3), LabelKind.THEME))
                .contains("Right to work and to just & favorable conditions of work & labour rights");
        assertThat(labels(markdown(3), LabelKind.SDG)).contains("1", "4", "5", "10", "16", "17");
        assertThat(labels(markdown(3), LabelKind.GROUP)).contains("Older persons", "Refugees & asylum seekers",
                "Children in vulnerable situations", "Migrants & domestic workers")
                .doesNotContain("older persons", "refugees & asylum seekers");
    }

    @Test
    void the_groups_of_persons_are_those_of_the_shared_vocabulary() throws IOException {
        List<String> vocabulary = Files.readAllLines(Path.of("../shared/vocab/groups-of-persons.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        assertThat(ThematicLabels.GROUPS_OF_PERSONS).containsExactlyElementsOf(vocabulary);
    }

    // --- entries that cannot be imported ---------------------------------------------------------------

    @Test
    void entries_without_text_or_with_unknown_states_are_rejected_with_their_line() {
        String md = """
                # UPR 34th Session - Slovenia - Thematic List of Recommendations

                Theme: Right to health
                121.1 (France);
                Source of Position: A/HRC/43/15 - Para 121
                Supported
                - Right to health
                121.2 Ratify the Convention (Atlantis);
                Source of Position: A/HRC/43/15 - Para 121
                Noted
                121.3 Ratify the Convention without saying who asks;
                Supported
                121.4 Ratify the Convention (Peru);
                Source of Position: A/HRC/43/15 - Para 121
                Supported
                - Right to health
                """;
        ParseResult result = MARKDOWN.parse(new SourceFile(Path.of("typed.md"), utf8(md)), STATES);
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.items()).extracting(ParsedRecommendation::paragraph).containsExactly("121.4");
        assertThat(result.rejects()).extracting(Reject::file).containsOnly("typed.md");
        assertThat(result.rejects()).extracting(Reject::line).containsExactly(4, 8, 11);
        assertThat(result.rejects().get(0).reason()).contains("121.1", "no text");
        assertThat(result.rejects().get(1).reason()).contains("121.2", "\"Atlantis\"", "state directory");
        assertThat(result.rejects().get(2).reason()).contains("121.3", "no recommending state");
    }

    @Test
    void a_word_entry_with_an_unknown_state_is_rejected_with_its_table_row() {
        byte[] docx = docx("UPR of Slovenia (3rd Cycle - 34th Session)", List.of(
                List.of("Recommendation", "Position", "Full list of themes", "Assessment"),
                List.of("Theme: Right to health"),
                List.of("121.1 Ensure access to health care (Atlantis, Peru);\nSource of Position: A/HRC/43/15 - Para 121",
                        "Supported", "- Right to health", ""),
                List.of("121.2 Ensure access to health care (Peru);\nSource of Position: A/HRC/43/15 - Para 121",
                        "Supported", "- Right to health\nSDGs:\n- 3 - GOOD HEALTH AND WELL-BEING", "")));
        ParseResult result = DOCX.parse(new SourceFile(Path.of("typed.docx"), docx), STATES);
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(3);
            assertThat(reject.reason()).contains("\"Atlantis\"");
        });
        assertThat(result.items()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.session()).isEqualTo(34);
            assertThat(r.labels()).containsExactly(Label.fromSource(LabelKind.THEME, "Right to health"),
                    Label.fromSource(LabelKind.SDG, "3"));
        });
    }

    // --- files that are no thematic list ---------------------------------------------------------------

    @Test
    void an_empty_file_is_refused_by_both_parsers() {
        SourceFile empty = new SourceFile(Path.of("empty.docx"), new byte[0]);
        assertThatThrownBy(() -> DOCX.parse(empty, STATES)).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.docx").hasMessageContaining("empty");
        SourceFile emptyMd = new SourceFile(Path.of("empty.md"), new byte[0]);
        assertThatThrownBy(() -> MARKDOWN.parse(emptyMd, STATES)).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.md").hasMessageContaining("empty");
    }

    @Test
    void a_file_that_is_no_zip_is_not_a_docx() {
        SourceFile text = new SourceFile(Path.of("list.docx"), utf8("121.1 Ratify (France);"));
        assertThatThrownBy(() -> DOCX.parse(text, STATES)).isInstanceOf(ImportException.class)
                .hasMessageContaining("list.docx").hasMessageContaining("not a Word .docx");
    }

    @Test
    void a_zip_without_a_word_document_is_not_a_docx() {
        byte[] zip = zip(Map.of("readme.txt", "hello"));
        assertThatThrownBy(() -> DOCX.parse(new SourceFile(Path.of("other.docx"), zip), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining("no word/document.xml");
    }

    @Test
    void a_cut_off_docx_is_reported_as_damaged() throws IOException {
        byte[] whole = Files.readAllBytes(DATA.resolve("slovenia-cycle3-thematic-list.docx"));
        byte[] cut = Arrays.copyOf(whole, 20_000);
        assertThatThrownBy(() -> DOCX.parse(new SourceFile(Path.of("cut.docx"), cut), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining("damaged");
    }

    @Test
    void a_docx_without_the_recommendation_table_is_not_a_thematic_list() {
        byte[] letter = docx("UPR of Slovenia (3rd Cycle - 34th Session)", List.of(
                List.of("Name", "Date"), List.of("Ana", "2019")));
        assertThatThrownBy(() -> DOCX.parse(new SourceFile(Path.of("letter.docx"), letter), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining("letter.docx")
                .hasMessageContaining("no table with a \"Recommendation\" column");
    }

    @Test
    void a_list_without_a_title_naming_the_state_under_review_is_refused() {
        byte[] untitled = docx("Thematic list of recommendations", List.of(
                List.of("Recommendation", "Position", "Full list of themes"),
                List.of("121.1 Ratify the Convention (Peru);", "Supported", "- Right to health")));
        assertThatThrownBy(() -> DOCX.parse(new SourceFile(Path.of("untitled.docx"), untitled), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining("state under review");
        byte[] atlantis = utf8("# UPR 34th Session - Atlantis - Thematic List of Recommendations\n121.1 Ratify (Peru);\n");
        assertThatThrownBy(() -> MARKDOWN.parse(new SourceFile(Path.of("atlantis.md"), atlantis), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining("\"Atlantis\"");
    }

    @Test
    void a_word_file_handed_to_the_markdown_parser_is_refused() throws IOException {
        byte[] docx = Files.readAllBytes(DATA.resolve("slovenia-cycle2-thematic-list.docx"));
        assertThatThrownBy(() -> MARKDOWN.parse(new SourceFile(Path.of("list.md"), docx), STATES))
                .isInstanceOf(ImportException.class).hasMessageContaining(Format.OHCHR_THEMATIC_DOCX.id());
    }

    /** Damaged copies of the real files: each is read or refused with an ImportException, never a crash. */
    @Test
    void damaged_files_are_read_or_refused_but_never_crash_the_parser() throws IOException {
        byte[] docx = Files.readAllBytes(DATA.resolve("slovenia-cycle3-thematic-list.docx"));
        byte[] md = Files.readAllBytes(DATA.resolve("slovenia-cycle3-thematic-list.md"));
        Random random = new Random(20191108);
        for (int round = 0; round < 40; round++) {
            for (SourceParser parser : List.<SourceParser>of(DOCX, MARKDOWN)) {
                byte[] damaged = (parser == DOCX ? docx : md).clone();
                if (round % 2 == 0) damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
                for (int flip = 0; flip < round % 5; flip++) damaged[random.nextInt(damaged.length)] ^= (byte) 0x5a;
                SourceFile file = new SourceFile(Path.of("damaged-" + round), damaged);
                try {
                    ParseResult result = parser.parse(file, STATES);
                    assertThat(result.rowsRead()).isEqualTo(result.items().size() + result.rejects().size());
                } catch (ImportException refused) {
                    assertThat(refused.getMessage()).startsWith("damaged-" + round + ": ");
                }
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static ParseResult docx(int cycle) {
        return parse(DOCX, "slovenia-cycle" + cycle + "-thematic-list.docx");
    }

    private static ParseResult markdown(int cycle) {
        return parse(MARKDOWN, "slovenia-cycle" + cycle + "-thematic-list.md");
    }

    /** Each real file is parsed once; results are immutable, so the tests can share them. */
    private static ParseResult parse(SourceParser parser, String name) {
        return PARSED.computeIfAbsent(name, n -> {
            try {
                Path path = DATA.resolve(n);
                return parser.parse(new SourceFile(path, Files.readAllBytes(path)), STATES);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> paragraphs(ParseResult result) {
        return result.items().stream().map(ParsedRecommendation::paragraph).toList();
    }

    private static List<String> numbered(int paragraph, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(i -> paragraph + "." + i).toList();
    }

    private static long countBy(ParseResult result, Response response) {
        return result.items().stream().filter(r -> r.response() == response).count();
    }

    private static Map<String, ParsedRecommendation> byParagraph(ParseResult result) {
        return result.items().stream().collect(Collectors.toMap(ParsedRecommendation::paragraph, Function.identity()));
    }

    private static List<String> labels(ParseResult result, LabelKind kind) {
        return result.items().stream().flatMap(r -> r.labels().stream())
                .filter(l -> l.kind() == kind).map(Label::value).distinct().toList();
    }

    private static ParsedRecommendation withoutLine(ParsedRecommendation r) {
        return new ParsedRecommendation(0, r.stateUnderReview(), r.session(), r.year(), r.paragraph(), r.text(),
                r.recommendingStates(), r.response(), r.responseIsFinal(), r.pledge(), r.actionCategory(),
                r.labels(), r.documentSymbol());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal .docx: one table, each cell's lines as paragraphs, the title in the page header. */
    private static byte[] docx(String headerTitle, List<List<String>> rows) {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        StringBuilder body = new StringBuilder("<w:tbl>");
        for (List<String> row : rows) {
            body.append("<w:tr>");
            for (String cell : row) {
                body.append("<w:tc>");
                for (String line : cell.split("\n", -1)) {
                    body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(line)).append("</w:t></w:r></w:p>");
                }
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return zip(Map.of(
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + "><w:body>"
                        + body + "<w:p/></w:body></w:document>",
                "word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + w + "><w:p><w:r><w:t>"
                        + escape(headerTitle) + "</w:t></w:r></w:p></w:hdr>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(utf8(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
