package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

class ExplorerParserTest {
    static final Path CYCLE_2 = Path.of("../shared/data/dihr-sdg-explorer/upr2-cycle2-sessions13-24.xlsx");
    static final Path CYCLE_1 = Path.of("../shared/data/dihr-sdg-explorer/upr1-cycle1.xlsx");
    static final List<String> HEADER = List.of("Goals", "Recommendation", "Tekst", "Targets", "Keywords", "Response",
            "Recommending state", "Mechanism", "Procedures", "Treaties", "Type", "field_year", "Document");
    static StateDirectory states;
    static ParseResult cycle2;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheRealExport() throws IOException {
        states = StateDirectory.load();
        cycle2 = parse(CYCLE_2);
    }

    static ParseResult parse(Path file) throws IOException {
        return new ExplorerParser().parse(new SourceFile(file, Files.readAllBytes(file)), states);
    }

    static List<String> row(String goals, String sur, String text, String targets, String keywords, String response,
                            String from, String year, String document) {
        return List.of(goals, sur, text, targets, keywords, response, from, "(Universal Periodic Review)", "", "",
                "Recommendation", year, document);
    }

    private static List<String> values(ParsedRecommendation item, LabelKind kind) {
        return item.labels().stream().filter(l -> l.kind() == kind).map(Label::value).toList();
    }

    @Test
    void the_content_of_an_explorer_export_is_recognised_as_its_format() throws IOException {
        assertThat(new FormatDetector().detect(new SourceFile(CYCLE_2, Files.readAllBytes(CYCLE_2))))
                .isEqualTo(Format.DIHR_SDG_EXPLORER);
    }

    @Test
    void a_workbook_written_by_a_streaming_writer_is_recognised_and_read() throws IOException {
        Path file = dir.resolve("streamed.xlsx");
        try (var out = Files.newOutputStream(file)) {
            var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            var sheet = workbook.newWorksheet("Explorer");
            List<List<String>> rows = List.of(HEADER, row("16. Peace, justice and strong institutions", "Kazakhstan",
                    "Abolish the death penalty", "16.1", "", "Supported", "France", "2015 Cycle 2", "Source:A/HRC/29/9|120.1|"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) sheet.value(r, c, rows.get(r).get(c));
            }
            workbook.finish();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new FormatDetector().detect(new SourceFile(file, bytes))).isEqualTo(Format.DIHR_SDG_EXPLORER);
        assertThat(parse(file).items()).extracting(ParsedRecommendation::text).containsExactly("Abolish the death penalty");
    }

    @Test
    void every_row_of_the_cycle_2_export_is_read_and_none_is_rejected() {
        assertThat(cycle2.rowsRead()).isEqualTo(30_592);
        assertThat(cycle2.rejects()).isEmpty();
        // one row per recommendation × recommending state: a few recommendations were made by several states
        assertThat(cycle2.items()).hasSizeLessThan(30_592).hasSizeGreaterThan(29_000);
    }

    @Test
    void a_row_gives_state_text_response_report_paragraph_year_and_its_spreadsheet_row_as_line() {
        ParsedRecommendation first = cycle2.items().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.stateUnderReview()).isEqualTo(StateCode.of("AFG"));
        assertThat(first.text()).isEqualTo("To further build up on its effort to fully protect human rights in the country");
        assertThat(first.response()).isEqualTo(Response.SUPPORTED);
        assertThat(first.responseIsFinal()).isTrue();
        assertThat(first.recommendingStates()).containsExactly(StateCode.of("ETH"));
        assertThat(first.documentSymbol()).isEqualTo("A/HRC/26/4");
        assertThat(first.paragraph()).isEqualTo("136.1");
        assertThat(first.paragraphReliable()).isFalse();
        assertThat(first.year()).isEqualTo(2014);
        assertThat(first.session()).isNull();
        assertThat(values(first, LabelKind.SDG)).containsExactly(Label.NO_SDG);
    }

    @Test
    void goals_and_targets_become_source_labels_and_a_target_stored_as_a_number_reads_as_shown() {
        ParsedRecommendation second = cycle2.items().get(1);
        assertThat(second.line()).isEqualTo(3);
        assertThat(values(second, LabelKind.SDG)).containsExactly("4");
        assertThat(values(second, LabelKind.SDG_TARGET)).containsExactly("4.7");
        assertThat(second.labels()).allSatisfy(l -> assertThat(l.origin().name()).isEqualTo("SOURCE"));
        long withTargets = cycle2.items().stream().filter(i -> !values(i, LabelKind.SDG_TARGET).isEmpty()).count();
        long withGoals = cycle2.items().stream().filter(i -> values(i, LabelKind.SDG).stream().anyMatch(g -> !g.equals(Label.NO_SDG))).count();
        assertThat(withTargets).isEqualTo(withGoals);
    }

    @Test
    void glued_groups_of_persons_are_split_against_the_vocabulary() {
        assertThat(GroupKeywords.split("Women and girlsChildren")).containsExactly("Women & girls", "Children");
        assertThat(GroupKeywords.split("LGBTIMembers of minorities")).containsExactly(
                "Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)",
                "Minorities/ racial, ethnic, linguistic, religious or descent-based groups");
        assertThat(GroupKeywords.split("YouthChildren")).containsExactly("Youth & juveniles", "Children");
        assertThat(GroupKeywords.split("Refugees and asylum-seekersMigrants")).containsExactly("Refugees & asylum seekers", "Migrants");
        // a group the vocabulary lacks is kept, not rejected, and the known ones beside it are still found
        assertThat(GroupKeywords.split("Fishing communitiesChildren")).containsExactly("Fishing communities", "Children");
        assertThat(GroupKeywords.split("")).isEmpty();
    }

    @Test
    void every_keyword_of_the_real_exports_maps_to_the_vocabulary() {
        List<String> groups = cycle2.items().stream().flatMap(i -> values(i, LabelKind.GROUP).stream()).distinct().toList();
        assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(ThematicLabels.GROUPS_OF_PERSONS).contains(g));
    }

    @Test
    void goals_targets_and_citations_are_read_as_the_export_prints_them() {
        assertThat(SdgCodes.goals("5. Gender equality ,16. Peace, justice and strong institutions")).containsExactly("5", "16");
        assertThat(SdgCodes.goals("No SDG link identified")).containsExactly(Label.NO_SDG);
        assertThat(SdgCodes.goals("18. Not a goal")).isEmpty();
        assertThat(SdgCodes.targets("16.3, 16.a,5.c")).containsExactly("16.3", "16.a", "5.c");
        assertThat(SdgCodes.targetFromNumber(new java.math.BigDecimal("16.100000000000001"))).isEqualTo("16.1");
        assertThat(SdgCodes.targetFromNumber(new java.math.BigDecimal("8.699999999999999"))).isEqualTo("8.7");
        assertThat(ReportCitation.parse("Source:A/HRC/28/10|124.1|")).hasValue(new ReportCitation("A/HRC/28/10", "124.1", 28));
        assertThat(ReportCitation.parse("Source:A/HRC/29/9")).hasValue(new ReportCitation("A/HRC/29/9", null, 29));
        assertThat(ReportCitation.parse("Source:A/HRC/25/3OLD|138.34|")).hasValue(new ReportCitation("A/HRC/25/3", "138.34", 25));
        assertThat(ReportCitation.parse("Source:A/HRC/25/7|22.|")).hasValue(new ReportCitation("A/HRC/25/7", "22", 25));
        assertThat(ReportCitation.parse("Source:E/CN.4/2005/1|1|")).isEmpty();
        assertThat(ReportCitation.parse("")).isEmpty();
    }

    @Test
    void rows_of_one_recommendation_by_several_states_become_one_with_every_state() throws IOException {
        String text = "Ratify the Optional Protocol to the Convention against Torture";
        Path file = Sheets.write(dir.resolve("joint.xlsx"), "Explorer", List.of(HEADER,
                row("16. Peace, justice and strong institutions", "Kazakhstan", text, "16.3", "", "Supported", "France", "2014 Cycle 2", "Source:A/HRC/28/10|124.1|"),
                row("16. Peace, justice and strong institutions", "Kazakhstan", text, "16.3", "", "Supported", "Spain", "2014 Cycle 2", "Source:A/HRC/28/10|124.1|"),
                row("No SDG link identified", "Kazakhstan", "Continue its cooperation with the special procedures", "", "Human rights defenders", "Noted", "Chile", "2014 Cycle 2", "Source:A/HRC/28/10|124.2|")));
        ParseResult result = parse(file);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0).recommendingStates()).containsExactly(StateCode.of("FRA"), StateCode.of("ESP"));
        assertThat(result.items().get(0).line()).isEqualTo(2);
        assertThat(result.items().get(1).response()).isEqualTo(Response.NOTED);
        assertThat(values(result.items().get(1), LabelKind.GROUP)).containsExactly("Human rights defenders");
    }

    @Test
    void a_paragraph_number_given_to_two_different_texts_of_one_report_is_left_out() throws IOException {
        Path file = Sheets.write(dir.resolve("shared.xlsx"), "Explorer", List.of(HEADER,
                row("", "Algeria", "Ratify the Rome Statute of the International Criminal Court", "", "", "Noted", "Slovakia", "2012 Cycle 2", "Source:A/HRC/21/13|82.6|"),
                row("", "Algeria", "Continue its efforts to promote and protect the rights of women", "", "", "Supported", "Pakistan", "2012 Cycle 2", "Source:A/HRC/21/13|82.6|"),
                row("", "Algeria", "Abolish the death penalty", "", "", "Noted", "France", "2012 Cycle 2", "Source:A/HRC/21/13|82.7|")));
        assertThat(parse(file).items()).extracting(ParsedRecommendation::paragraph).containsExactly(null, null, "82.7");
    }

    @Test
    void rows_that_cannot_be_read_are_rejected_with_line_and_reason_and_the_rest_is_read() throws IOException {
        Path file = Sheets.write(dir.resolve("mixed.xlsx"), "Explorer", List.of(HEADER,
                row("", "Kazakhstan", "Abolish the death penalty", "", "", "Supported", "France", "2014 Cycle 2", "Source:A/HRC/28/10|124.1|"),
                row("", "Kazakhstan", "Free all political prisoners", "", "", "Supported", "Norway", "2014 Cycle 2", "see the report"),
                row("", "Atlantis", "Ratify CAT", "", "", "Supported", "Norway", "2014 Cycle 2", "Source:A/HRC/28/10|124.3|"),
                row("", "Kazakhstan", "", "", "", "Supported", "Norway", "2014 Cycle 2", "Source:A/HRC/28/10|124.4|"),
                row("", "Kazakhstan", "Protect journalists", "", "", "Maybe", "Norway", "2014 Cycle 2", "Source:A/HRC/28/10|124.5|"),
                row("", "Kazakhstan", "Protect defenders", "", "", "Noted", "Narnia", "2014 Cycle 2", "Source:A/HRC/28/10|124.6|")));
        ParseResult result = parse(file);
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.items()).extracting(ParsedRecommendation::text).containsExactly("Abolish the death penalty");
        assertThat(result.rejects()).extracting(Reject::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(result.rejects().get(0).reason()).contains("Document", "see the report", "A/HRC/28/10|124.1|");
        assertThat(result.rejects().get(1).reason()).contains("unknown state under review 'Atlantis'");
        assertThat(result.rejects().get(2).reason()).contains("Tekst", "empty");
        assertThat(result.rejects().get(3).reason()).contains("Response 'Maybe'");
        assertThat(result.rejects().get(4).reason()).contains("recommending state 'Narnia'");
    }

    @Test
    void a_workbook_of_another_shape_says_which_columns_are_missing() throws IOException {
        Path file = Sheets.write(dir.resolve("other.xlsx"), "Explorer", List.of(
                List.of("Goals", "Recommendation", "Text", "Response", "Recommending state", "field_year"),
                List.of("", "Kazakhstan", "Abolish the death penalty", "Supported", "France", "2014")));
        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("lacks the columns Tekst, Targets, Keywords, Document");
    }

    @Test
    void a_workbook_without_the_explorer_sheet_names_the_sheets_it_has() throws IOException {
        Path file = Sheets.write(dir.resolve("budget.xlsx"), "Budget 2024", List.of(List.of("Item", "Amount")));
        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("without a sheet named \"Explorer\"").hasMessageContaining("Budget 2024");
    }

    @Test
    void an_empty_sheet_and_a_sheet_with_only_its_header_say_so() throws IOException {
        Path empty = Sheets.write(dir.resolve("empty.xlsx"), "Explorer", List.of());
        assertThatThrownBy(() -> parse(empty)).isInstanceOf(ImportException.class).hasMessageContaining("is empty");
        Path headerOnly = Sheets.write(dir.resolve("header.xlsx"), "Explorer", List.of(HEADER));
        assertThatThrownBy(() -> parse(headerOnly)).isInstanceOf(NoRecommendationsException.class)
                .hasMessageContaining("header but no rows");
    }

    @Test
    void a_damaged_workbook_says_it_cannot_be_read() throws IOException {
        byte[] whole = Files.readAllBytes(CYCLE_1);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Path file = Files.write(dir.resolve("cut.xlsx"), half);
        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("cannot be read").hasMessageContaining("save it again as .xlsx");
    }

    @Test
    void a_password_protected_workbook_is_told_apart_from_other_files() throws IOException {
        // Office wraps an encrypted .xlsx in a compound file (OLE2): its signature is all that can be read
        byte[] ole2 = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        Path file = Files.write(dir.resolve("locked.xlsx"), ole2);
        assertThatThrownBy(() -> new FormatDetector().detect(new SourceFile(file, ole2))).isInstanceOf(ImportException.class)
                .hasMessageContaining("password-protected").hasMessageContaining("remove the password");
    }

    @Test
    void cycle_1_rows_are_read_too() throws IOException {
        ParseResult cycle1 = parse(CYCLE_1);
        assertThat(cycle1.rowsRead()).isEqualTo(20_678);
        assertThat(cycle1.rejects()).isEmpty();
        List<Integer> years = new ArrayList<>(cycle1.items().stream().map(ParsedRecommendation::year).distinct().sorted().toList());
        assertThat(years).containsExactly(2008, 2009, 2010, 2011);
    }
}
