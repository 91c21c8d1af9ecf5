package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.StateCode;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

class WgReportParserTest {
    private static final Path DATA = Path.of("../shared/data");
    private static final Path KAZAKHSTAN = DATA.resolve("fixtures/kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt");
    private static final StateDirectory states = StateDirectory.load();
    private final WgReportParser parser = new WgReportParser();

    private ParseResult parseReport(String name) throws IOException {
        Path path = DATA.resolve("wg-reports").resolve(name);
        return parser.parse(new SourceFile(path, Files.readAllBytes(path)), states);
    }

    private ParseResult parseText(String name, String text) {
        return parser.parse(new SourceFile(Path.of(name), text.getBytes(StandardCharsets.UTF_8)), states);
    }

    private static ParsedRecommendation byParagraph(ParseResult result, String paragraph) {
        return result.items().stream().filter(i -> paragraph.equals(i.paragraph())).findFirst().orElseThrow();
    }

    @Test
    void kazakhstan_2014_has_47_supported_96_supported_and_51_noted_recommendations() throws IOException {
        ParseResult result = parser.parse(new SourceFile(KAZAKHSTAN, Files.readAllBytes(KAZAKHSTAN)), states);

        Map<String, List<ParsedRecommendation>> byParagraph = result.items().stream()
                .collect(Collectors.groupingBy(i -> i.paragraph().substring(0, 3), TreeMap::new, Collectors.toList()));
        assertThat(byParagraph.keySet()).containsExactly("124", "125", "126");
        assertThat(byParagraph.get("124")).hasSize(47).allMatch(i -> i.response() == Response.SUPPORTED);
        assertThat(byParagraph.get("125")).hasSize(96).allMatch(i -> i.response() == Response.SUPPORTED);
        assertThat(byParagraph.get("126")).hasSize(51).allMatch(i -> i.response() == Response.NOTED);
        assertThat(result.items()).hasSize(194);
        assertThat(result.rejects()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(194);
        assertThat(result.items()).allSatisfy(item -> {
            assertThat(item.stateUnderReview()).isEqualTo(StateCode.of("KAZ"));
            assertThat(item.session()).isEqualTo(20);
            assertThat(item.year()).isEqualTo(2014);
            assertThat(item.documentSymbol()).isEqualTo("A/HRC/28/10");
            assertThat(item.responseIsFinal()).isFalse();
            assertThat(item.pledge()).isFalse();
            assertThat(item.recommendingStates()).isNotEmpty();
            assertThat(item.text()).doesNotEndWith(";").doesNotMatch("^\\d.*");
            assertThat(endsWithStates(item.text())).as(item.text()).isFalse();
        });
    }

    /** True when the text still ends with a bracket naming states ("… (Mexico)"); "(CEDAW)" is text. */
    private static boolean endsWithStates(String text) {
        if (!text.endsWith(")")) return false;
        String last = text.substring(text.lastIndexOf('(') + 1, text.length() - 1);
        return !states.resolveAll(last).states().isEmpty();
    }

    @Test
    void a_recommendation_loses_its_number_and_its_states_and_keeps_its_line() throws IOException {
        ParseResult result = parser.parse(new SourceFile(KAZAKHSTAN, Files.readAllBytes(KAZAKHSTAN)), states);

        ParsedRecommendation first = result.items().getFirst();
        assertThat(first.paragraph()).isEqualTo("124.1");
        assertThat(first.text()).isEqualTo("Adopt legislative measures to criminalize torture, violence against women"
                + " and trafficking in persons in line with international standards");
        assertThat(first.recommendingStates()).containsExactly(StateCode.of("MEX"));
        assertThat(first.line()).isEqualTo(318);
        // "125.9 Ratify … (OP-ICESCR) (Portugal) (Uruguay) (Argentina);": an abbreviation in brackets stays text
        ParsedRecommendation joint = byParagraph(result, "125.9");
        assertThat(joint.text()).endsWith("Economic, Social and Cultural Rights (OP-ICESCR)");
        assertThat(joint.recommendingStates()).containsExactly(StateCode.of("PRT"), StateCode.of("URY"), StateCode.of("ARG"));
        assertThat(byParagraph(result, "126.8").recommendingStates()).containsExactly(StateCode.of("HUN"), StateCode.of("ESP"));
    }

    @Test
    void a_cycle_1_item_holding_several_recommendations_becomes_one_per_recommending_group() throws IOException {
        // China 2009, paragraph 114: "1. \t" alone on its line, then "Create conditions … (Sweden); In accordance
        // with … (Algeria); Analyse the possibility of ratifying/consider ratifying/ratify ICCPR (Argentina, Brazil, Austria);"
        ParseResult result = parseReport("china2009.txt");

        ParsedRecommendation first = byParagraph(result, "114.1");
        assertThat(first.text()).isEqualTo("Create conditions for an early ratification of the International Covenant"
                + " on Civil and Political Rights (ICCPR)");
        assertThat(first.recommendingStates()).containsExactly(StateCode.of("SWE"));
        assertThat(first.line()).isEqualTo(437);
        assertThat(byParagraph(result, "114.1.1").recommendingStates()).containsExactly(StateCode.of("DZA"));
        ParsedRecommendation third = byParagraph(result, "114.1.2");
        assertThat(third.text()).isEqualTo("Analyse the possibility of ratifying/consider ratifying/ratify ICCPR");
        assertThat(third.recommendingStates()).containsExactly(StateCode.of("ARG"), StateCode.of("BRA"), StateCode.of("AUT"));
        assertThat(first.response()).isEqualTo(Response.SUPPORTED);
        assertThat(first.session()).isEqualTo(4);
        assertThat(first.year()).isEqualTo(2009);
        assertThat(first.documentSymbol()).as("the header of this file was lost in its conversion to text").isNull();
    }

    @Test
    void the_position_of_each_paragraph_follows_its_introduction() throws IOException {
        ParseResult china = parseReport("china2009.txt");
        assertThat(byParagraph(china, "114.2").response()).isEqualTo(Response.SUPPORTED);
        // "115. The following recommendations are noted and China indicated that they are pertaining to measures
        // already being implemented": noted, as UPR Info records them, not supported
        assertThat(byParagraph(china, "115.1").response()).isEqualTo(Response.NOTED);
        // "116. The following recommendations will be examined by China which will provide responses in due time"
        assertThat(byParagraph(china, "116.1").response()).isEqualTo(Response.PENDING);

        ParseResult malaysia = parseReport("malaysia2009.txt");
        // "106. … Malaysia notes those recommendations and will provide the response in due time."
        assertThat(byParagraph(malaysia, "106.1").response()).isEqualTo(Response.PENDING);
    }

    @Test
    void early_reports_give_the_position_in_the_paragraph_after_the_list() throws IOException {
        // "56. In the course of the discussion, the following recommendations were made to Benin:" … "57. The
        // response of Benin to these recommendations will be included in the outcome report …"
        assertThat(parseReport("benin2008.txt").items()).isNotEmpty().allMatch(i -> i.response() == Response.PENDING);
        // "68. … the following recommendations were made to Ghana:" … "69. The recommendations listed above enjoy
        // the support of Ghana."
        assertThat(parseReport("ghana2008.txt").items()).isNotEmpty().allMatch(i -> i.response() == Response.SUPPORTED);
        // "61. All recommendations formulated during the interactive dialogue … enjoy the support of Ecuador."
        assertThat(parseReport("ecuador2008.txt").items()).isNotEmpty().allMatch(i -> i.response() == Response.SUPPORTED);
        // "84. … recommendations put forward to Sudan and South Sudan … have been clustered as follows:" … "86. The
        // response of the State under review to the recommendations in paragraphs 84 and 85 will be provided …"
        assertThat(byParagraph(parseReport("sudan2011.txt"), "84.1").response()).isEqualTo(Response.PENDING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The following recommendations enjoy the support of Kazakhstan, which considers that they have already been implemented. | SUPPORTED
            The recommendations formulated during the interactive dialogue have been examined by Algeria and the recommendations listed below enjoy the support of Algeria: | SUPPORTED
            Gambia considers that recommendations listed below are either already implemented or in the process of implementation: | SUPPORTED
            Finland considered the recommendations made during the interactive dialogue and listed below, and agrees to follow up on them: | SUPPORTED
            The following recommendations will be examined by Egypt, which will respond in due course, but no later than the twenty-eighth session | PENDING
            In the course of the discussion, the following recommendations were made to Cambodia (will be examined): | PENDING
            Brunei Darussalam notes the following recommendations and will provide appropriate responses in due time. | PENDING
            Nigeria takes note of the recommendations above and in the interim would like to state that there are some that enjoy the support of Nigeria and others which do not enjoy the support of Nigeria. The response of Nigeria to these recommendations will be included in the outcome report | PENDING
            The following recommendations did not enjoy the support of Kazakhstan and would thus be noted: | NOTED
            Ethiopia considers that the recommendations below cannot be accepted and will thus be noted: | NOTED
            The following recommendations were rejected by Lebanon based on one or more of the following reasons: | NOTED
            The recommendations listed below were noted by Portugal: | NOTED
            Viet Nam noted the following recommendations and indicated that they pertain to measures which have been implemented | NOTED
            """)
    void the_wording_of_an_introduction_gives_the_position(String introduction, Response expected) {
        assertThat(WgResponseWording.of(introduction)).isEqualTo(expected);
    }

    @Test
    void an_introduction_that_states_no_position_gives_none() {
        assertThat(WgResponseWording.of("In the course of the discussion, the following recommendations were made to Benin:")).isNull();
    }

    @Test
    void the_session_is_found_across_a_line_break_and_the_year_is_the_sessions() throws IOException {
        // Burkina Faso's report (A/HRC/10/80, 2009) says "held its \nthird session from 1 to 15 December 2008"
        ParsedRecommendation item = parseReport("burkinafaso2009.txt").items().getFirst();
        assertThat(item.session()).isEqualTo(3);
        assertThat(item.year()).isEqualTo(2008);
        assertThat(item.documentSymbol()).isEqualTo("A/HRC/10/80");
        assertThat(item.stateUnderReview()).isEqualTo(StateCode.of("BFA"));
    }

    @Test
    void without_a_session_the_year_comes_from_the_file_name() {
        ParseResult result = parseText("burkinafaso2009.txt", """
                Report of the Working Group on the Universal Periodic Review
                Burkina Faso
                II. CONCLUSIONS AND/OR RECOMMENDATIONS
                98. The recommendations formulated during the interactive dialogue have been examined by Burkina Faso and the recommendations listed below enjoy the support of Burkina Faso:
                1.\t
                Accede to the 1960 UNESCO Convention against Discrimination in Education (Algeria);
                """);
        ParsedRecommendation item = result.items().getFirst();
        assertThat(item.session()).isNull();
        assertThat(item.year()).isEqualTo(2009);
        assertThat(item.paragraph()).isEqualTo("98.1");
        assertThat(item.line()).isEqualTo(5);
        assertThat(item.recommendingStates()).containsExactly(StateCode.of("DZA"));
    }

    @Test
    void the_report_title_names_the_state_when_the_file_name_does_not() {
        ParseResult result = parseText("report.txt", """
                Report of the Working Group on the Universal Periodic Review*
                  Kazakhstan
                1. The Working Group … held its twentieth session from 27 October to 7 November 2014.
                II. Conclusions and/or recommendations
                124. The following recommendations enjoy the support of Kazakhstan:
                124.1 Adopt legislative measures to criminalize torture (Mexico);
                """);
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.stateUnderReview()).isEqualTo(StateCode.of("KAZ"));
            assertThat(item.session()).isEqualTo(20);
            assertThat(item.year()).isEqualTo(2014);
        });
    }

    @Test
    void a_recommendation_by_an_unknown_state_is_rejected_with_its_line_and_what_to_do() {
        ParseResult result = parseText("kazakhstan2014.txt", """
                II. Conclusions and/or recommendations
                124. The following recommendations enjoy the support of Kazakhstan:
                124.1 Adopt legislative measures to criminalize torture (Mexico);
                124.2 Ratify the Optional Protocol (Narnia);
                124.3 Continue efforts (Ruritania (Kingdom of));
                """);
        assertThat(result.items()).extracting(ParsedRecommendation::paragraph).containsExactly("124.1");
        assertThat(result.rejects()).hasSize(2);
        Reject narnia = result.rejects().getFirst();
        assertThat(narnia.file()).isEqualTo("kazakhstan2014.txt");
        assertThat(narnia.line()).isEqualTo(4);
        assertThat(narnia.reason()).contains("124.2").contains("\"Narnia\"").contains("states.tsv");
        assertThat(result.rejects().get(1).reason()).contains("Ruritania");
        assertThat(result.rowsRead()).isEqualTo(3);
    }

    @Test
    void a_file_without_numbered_recommendations_is_not_a_working_group_report() {
        assertThatThrownBy(() -> parseText("press.txt", "Free those wrongfully imprisoned.\nAnnex\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("press.txt")
                .hasMessageContaining("no numbered recommendations found")
                .hasMessageContaining("is this a Working Group report?");
    }

    @Test
    void every_report_of_2008_to_2014_yields_recommendations_with_numbers_unique_in_their_report() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DATA.resolve("wg-reports"))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(252);
        // numbers the reports themselves print twice (Cambodia 2014 has two "118.9")
        Set<String> printedTwice = Set.of("cambodia2014.txt 118.9");
        int total = 0;
        int rejected = 0;
        int fewest = Integer.MAX_VALUE;
        String fewestIn = null;
        int fewestAboveNone = Integer.MAX_VALUE;
        List<String> repeated = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = parser.parse(new SourceFile(file, Files.readAllBytes(file)), states);
            String name = file.getFileName().toString();
            assertThat(result.items().size() + result.rejects().size()).as(name).isPositive();
            assertThat(result.rowsRead()).as(name).isEqualTo(result.items().size() + result.rejects().size());
            assertThat(result.items()).as(name).allSatisfy(item -> {
                assertThat(item.text()).isNotBlank();
                assertThat(item.recommendingStates()).isNotEmpty();
                assertThat(item.response()).isNotNull();
                assertThat(item.year()).isBetween(2008, 2014);
            });
            assertThat(result.rejects()).as(name).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
            Set<String> seen = new HashSet<>();
            for (ParsedRecommendation item : result.items()) {
                if (!seen.add(item.paragraph())) repeated.add(name + " " + item.paragraph());
            }
            total += result.items().size();
            rejected += result.rejects().size();
            if (result.items().size() < fewest) {
                fewest = result.items().size();
                fewestIn = name;
            }
            if (!result.items().isEmpty()) fewestAboveNone = Math.min(fewestAboveNone, result.items().size());
        }
        // Indonesia 2008 names no recommending state ("(None)") for any of its recommendations: all are rejects
        System.out.printf("Working Group reports: %d files, %d recommendations, %d rejects, fewest %d (%s),"
                + " fewest in a file with any %d%n", files.size(), total, rejected, fewest, fewestIn, fewestAboveNone);
        assertThat(repeated).containsExactlyInAnyOrderElementsOf(printedTwice);
        assertThat(total).isGreaterThan(30_000);
        assertThat(rejected).isLessThan(30);
    }
}
