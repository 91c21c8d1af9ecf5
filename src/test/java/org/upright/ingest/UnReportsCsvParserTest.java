package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.StateCode;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

class UnReportsCsvParserTest {
    private static final Path DATA = Path.of("../shared/data");
    private static final Path MISPARSED = DATA.resolve("fixtures/un-reports-2014-early-version-misparsed-states.csv");
    private static final String HEADER = "text,to,decision,From,year,notes";
    private static final StateDirectory states = StateDirectory.load();
    private final UnReportsCsvParser parser = new UnReportsCsvParser();

    private UnReportsCsvParser.Reading readFile(Path path) throws IOException {
        return parser.read(new SourceFile(path, Files.readAllBytes(path)), states);
    }

    private ParseResult parse(String name, String text) {
        return parser.parse(new SourceFile(Path.of(name), text.getBytes(StandardCharsets.UTF_8)), states);
    }

    private static ParsedRecommendation find(ParseResult result, String sur, String paragraph) {
        return result.items().stream()
                .filter(i -> i.stateUnderReview().equals(StateCode.of(sur)) && paragraph.equals(i.paragraph()))
                .findFirst().orElseThrow();
    }

    /** Rows of the file as a plain CSV reader sees them: every non-blank record after the header. */
    private static int csvRecords(Path path) throws IOException {
        List<CsvReader.Row> rows = CsvReader.readAll(TextDecoding.decode(Files.readAllBytes(path)));
        return (int) rows.stream().skip(1).filter(r -> !r.isBlank()).count();
    }

    @ParameterizedTest
    @CsvSource({
            "2008data.csv, 1024", "2009data.csv, 4195", "2010data.csv, 6044", "2011data.csv, 8628",
            "2012data.csv, 4222", "2013data.csv, 7379", "2014data.csv, 7699", "haiti2011.csv, 136"})
    void every_row_of_the_real_files_is_read_and_becomes_part_of_a_recommendation_or_a_reject(String name, int rows)
            throws IOException {
        Path path = DATA.resolve("un-reports-csv").resolve(name);
        UnReportsCsvParser.Reading reading = readFile(path);
        ParseResult result = reading.result();

        assertThat(result.rowsRead()).isEqualTo(rows).isEqualTo(csvRecords(path));
        assertThat(reading.rowsInItems() + result.rejects().size()).isEqualTo(result.rowsRead());
        assertThat(result.rejects().size()).isLessThan(rows / 100 + 1);
        assertThat(result.items()).allSatisfy(item -> {
            assertThat(item.session()).isNull();
            assertThat(item.year()).isEqualTo(name.equals("haiti2011.csv") ? 2011 : Integer.parseInt(name.substring(0, 4)));
            assertThat(item.responseIsFinal()).isFalse();
            assertThat(item.recommendingStates()).isNotEmpty();
            assertThat(item.text()).isNotBlank().doesNotContain("\r").doesNotContain("Õ").doesNotContain("™");
        });
        assertThat(result.rejects()).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo(name);
            assertThat(r.reason()).isNotBlank();
        });
        System.out.printf("%s: %d rows, %d recommendations, %d rejects%n",
                name, result.rowsRead(), result.items().size(), result.rejects().size());
    }

    @Test
    void the_paragraph_number_and_the_states_are_taken_out_of_the_text() throws IOException {
        // 2009data.csv line 4: 96.1.2 ratify the Optional Protocol … accordingly (Czech Republic);,Afghanistan,consider,Czech Republic,2009
        ParseResult real = readFile(DATA.resolve("un-reports-csv/2009data.csv")).result();
        ParsedRecommendation afghanistan = find(real, "AFG", "96.1.2");
        assertThat(afghanistan.text()).isEqualTo("ratify the Optional Protocol to the Convention against Torture and"
                + " establish its national preventive mechanism accordingly");
        assertThat(afghanistan.recommendingStates()).containsExactly(StateCode.of("CZE"));
        assertThat(afghanistan.response()).isEqualTo(Response.PENDING);
        assertThat(afghanistan.line()).isEqualTo(4);

        ParseResult typed = parse("2009data.csv", HEADER + "\r\n"
                + "96.1.2 Ratify the Convention against Torture (France);,Afghanistan,consider,France,2009\r\n"
                + "\"69.1   The establishment of an international round table (Kuwait). );\",Algeria,support,Kuwait,2008,\r\n"
                + "122.1..1 Consider the possibility of accession to CED (Argentina);,switzerland,support,Argentina,2012,\r\n");
        ParsedRecommendation france = typed.items().getFirst();
        assertThat(france.paragraph()).isEqualTo("96.1.2");
        assertThat(france.text()).isEqualTo("Ratify the Convention against Torture");
        assertThat(france.recommendingStates()).containsExactly(StateCode.of("FRA"));
        assertThat(france.stateUnderReview()).isEqualTo(StateCode.of("AFG"));
        assertThat(france.year()).isEqualTo(2009);
        ParsedRecommendation kuwait = typed.items().get(1);
        assertThat(kuwait.paragraph()).isEqualTo("69.1");
        assertThat(kuwait.text()).isEqualTo("The establishment of an international round table");
        assertThat(typed.items().get(2).paragraph()).as("a part of a clustered item").isEqualTo("122.1.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            C™te dÕIvoire             | Côte d’Ivoire
            womenÕs rights            | women’s rights
            childrenÍs rights         | children’s rights
            Cªte dÍIvoire             | Côte d’Ivoire
            the term ÒallÓ            | the term “all”
            Guaran’ Kaiow‡            | Guaran’ Kaiowá
            Côte d’Ivoire             | Côte d’Ivoire
            coup d’état, vis-à-vis    | coup d’état, vis-à-vis
            Afghanistan’s womenÕs     | Afghanistan’s women’s
            """)
    void double_encoded_words_are_repaired_and_sound_ones_left_alone(String damaged, String repaired) {
        assertThat(TextDecoding.repairDoubleEncoding(damaged)).isEqualTo(repaired);
    }

    @Test
    void cote_d_ivoire_is_repaired_in_the_state_columns_and_the_text() throws IOException {
        // fixture line 775: "1. Ratify the international instruments not yet ratified (C™te dÕIvoire);,cyprus,unknown,C™te dÕIvoire,2014"
        ParseResult result = readFile(MISPARSED).result();
        ParsedRecommendation cyprus = result.items().stream().filter(i -> i.line() == 775).findFirst().orElseThrow();
        assertThat(cyprus.recommendingStates()).containsExactly(StateCode.of("CIV"));
        assertThat(cyprus.text()).isEqualTo("Ratify the international instruments not yet ratified");
        assertThat(cyprus.response()).as("'unknown' is no position").isNull();
        ParsedRecommendation mauritius = result.items().stream().filter(i -> i.line() == 647).findFirst().orElseThrow();
        assertThat(mauritius.text()).endsWith("the human rights situation in Côte d’Ivoire");
    }

    @Test
    void cr_crlf_and_lf_line_ends_mixed_with_blank_lines_are_all_read() {
        ParseResult result = parse("mixed.csv", HEADER + "\r"
                + "67.1 Consider signing CRPD (Canada);,albania,support,Canada,2010,\r\n"
                + "\r\n"
                + "\"67.2 Sign and ratify CRPD\r\nand its Optional Protocol (Spain);\",albania,support,Spain,2010,\n"
                + "\n"
                + "67.3 Ratify CRPD (Azerbaijan);,albania,implemented,Azerbaijan,2010,\r");
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).extracting(ParsedRecommendation::line).containsExactly(2, 4, 7);
        assertThat(result.items().get(1).text()).isEqualTo("Sign and ratify CRPD and its Optional Protocol");
        assertThat(result.items()).extracting(ParsedRecommendation::response).containsOnly(Response.SUPPORTED);
    }

    @Test
    void rows_of_one_recommendation_by_several_states_are_one_recommendation() throws IOException {
        // 2012data.csv lines 2 and 3: "129.1 Ratify the Rome Statute … (Slovakia, Spain);" from Slovakia, then from Spain
        ParseResult real = readFile(DATA.resolve("un-reports-csv/2012data.csv")).result();
        ParsedRecommendation rome = find(real, "DZA", "129.1");
        assertThat(rome.recommendingStates()).containsExactly(StateCode.of("SVK"), StateCode.of("ESP"));
        assertThat(rome.line()).isEqualTo(2);

        ParseResult typed = parse("2011data.csv", HEADER + "\r\n"
                + "\"73.16. Extend an open and standing invitation to the special procedures (Ecuador, Spain);\",suriname,consider,Ecuador,2011,\r\n"
                + "\"73.16. Extend an open and standing invitation to the special procedures (Ecuador, Spain);\",suriname,consider,Spain,2011,\r\n"
                + "83.2. Ratify OP-CEDAW (Ecuador and Spain);,honduras,consider,Ecuador and Spain,2011,\r\n"
                + "\"73.16. Extend an open and standing invitation to the special procedures (Ecuador, Spain);\",suriname,consider,Spain,2011,\r\n");
        assertThat(typed.rowsRead()).isEqualTo(4);
        assertThat(typed.items()).hasSize(2);
        ParsedRecommendation invitation = typed.items().getFirst();
        assertThat(invitation.recommendingStates()).containsExactly(StateCode.of("ECU"), StateCode.of("ESP"));
        assertThat(invitation.line()).isEqualTo(2);
        assertThat(invitation.stateUnderReview()).isEqualTo(StateCode.of("SUR"));
        assertThat(typed.items().get(1).recommendingStates()).containsExactly(StateCode.of("ECU"), StateCode.of("ESP"));
    }

    @Test
    void bad_rows_are_rejected_with_their_line_and_what_to_do() {
        ParseResult result = parse("bad.csv", HEADER + "\n"
                + "1.1 Ratify CAT (France);,narnia,support,France,2010,\n"
                + "1.2 Ratify CAT (NA);,albania,support,NA,2010,\n"
                + ",albania,support,France,2010,\n"
                + "1.4 Ratify CAT (France);,albania,support\n"
                + "1.5 Ratify CAT (France);,albania,support,France,twenty ten,\n"
                + "1.6 Ratify CAT (France);,albania,support,France,2010,\n");
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.items()).extracting(ParsedRecommendation::paragraph).containsExactly("1.6");
        assertThat(result.rejects()).extracting(Reject::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.rejects()).extracting(Reject::reason).satisfiesExactly(
                r -> assertThat(r).contains("state under review \"narnia\"").contains("states.tsv"),
                r -> assertThat(r).contains("recommending state \"NA\"").contains("states.tsv"),
                r -> assertThat(r).contains("text column is empty"),
                r -> assertThat(r).contains("expected 5 columns").contains("found 3"),
                r -> assertThat(r).contains("year").contains("\"twenty ten\""));
        assertThat(result.rejects()).allMatch(r -> r.file().equals("bad.csv"));
    }

    @Test
    void un_names_cut_at_the_comma_are_repaired_when_the_directory_knows_them_and_rejected_otherwise()
            throws IOException {
        UnReportsCsvParser.Reading reading = readFile(MISPARSED);
        ParseResult result = reading.result();
        assertThat(result.rowsRead()).isEqualTo(4206).isEqualTo(csvRecords(MISPARSED));
        assertThat(reading.rowsInItems() + result.rejects().size()).isEqualTo(result.rowsRead());

        // line 234: "46 Reform laws … (Iran (Islamic Republic of));",bosniaandherzegovina,consider,Islamic Republic of,2014
        ParsedRecommendation iran = result.items().stream().filter(i -> i.line() == 234).findFirst().orElseThrow();
        assertThat(iran.recommendingStates()).containsExactly(StateCode.of("IRN"));
        assertThat(iran.paragraph()).isEqualTo("46");
        assertThat(iran.text()).isEqualTo("Reform laws that contain discriminatory provisions, in particular against Roma people");
        assertThat(result.items()).anyMatch(i -> i.recommendingStates().contains(StateCode.of("VEN")))
                .anyMatch(i -> i.recommendingStates().contains(StateCode.of("BOL")));

        // "7 Ratify the Rome Statute … Ghana", "AICHR", "186.11" are no states
        assertThat(result.rejects()).extracting(Reject::reason)
                .anyMatch(r -> r.contains("\"AICHR\"") && r.contains("states.tsv"))
                .anyMatch(r -> r.contains("186.11"))
                .anyMatch(r -> r.contains("the text holds no recommendation"));
        assertThat(result.rejects()).hasSizeLessThan(30);
    }

    @ParameterizedTest
    @CsvSource({
            "support, SUPPORTED", "Supported, SUPPORTED", "accepted, SUPPORTED", "implemented, SUPPORTED", "implement, SUPPORTED",
            "consider, PENDING", "considered, PENDING", "pending, PENDING", "examine, PENDING",
            "reject, NOTED", "rejected, NOTED", "noted, NOTED"})
    void the_decision_printed_in_the_report_is_read_as_a_response(String decision, Response expected) {
        assertThat(UnReportsRow.response(decision)).isEqualTo(expected);
    }

    @Test
    void a_decision_that_names_no_position_gives_no_response() {
        assertThat(UnReportsRow.response("unknown")).isNull();
        assertThat(UnReportsRow.response("")).isNull();
    }

    @Test
    void the_header_may_be_in_any_case_with_or_without_notes_but_must_be_there() {
        assertThat(UnReportsCsvParser.recognises("text,to,decision,from,year")).isTrue();
        assertThat(UnReportsCsvParser.recognises("Text,To,Decision,From,Year,notes")).isTrue();
        assertThat(UnReportsCsvParser.recognises("To,To-Rgrp,To-Org,Text,From")).isFalse();
        assertThatThrownBy(() -> parse("upr.csv", "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("upr.csv")
                .hasMessageContaining("text,to,decision,from,year");
    }
}
