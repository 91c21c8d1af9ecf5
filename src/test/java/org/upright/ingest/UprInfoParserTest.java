package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.StateDirectory;

class UprInfoParserTest {
    static final Path SAMPLE = Path.of("../shared/data/fixtures/upr_info_raw_macroman_cr_sample.csv");
    static final String HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";
    private final StateDirectory states = StateDirectory.load();
    private final UprInfoParser parser = new UprInfoParser();

    private ParseResult parse(String name, String text) {
        return parser.parse(new SourceFile(Path.of(name), text.getBytes(StandardCharsets.UTF_8)), states);
    }

    @Test
    void reads_every_row_of_the_real_macroman_sample() throws Exception {
        ParseResult result = parser.parse(new SourceFile(SAMPLE, Files.readAllBytes(SAMPLE)), states);
        assertThat(result.rowsRead()).isEqualTo(35);
        assertThat(result.rejects()).isEmpty();
        int statesCounted = result.items().stream().mapToInt(i -> i.recommendingStates().size()).sum();
        assertThat(statesCounted).isEqualTo(35);
        assertThat(result.items()).allSatisfy(item -> {
            assertThat(item.session()).isNotNull();
            assertThat(item.responseIsFinal()).isTrue();
            assertThat(item.text()).doesNotContain("\r").doesNotContain("\uFFFD");
        });
    }

    @Test
    void rows_with_the_same_text_are_one_recommendation_by_several_states() {
        ParseResult result = parse("joint.csv", HEADER + "\r"
                + "Kazakhstan,Asia,OIC,Ratify the Optional Protocol to the Convention against Torture.,France,WEOG,EU,Accepted,5,Torture and other CID treatment,7\r"
                + "Kazakhstan,Asia,OIC,Ratify the Optional Protocol to the Convention against Torture.,Spain,WEOG,EU,Accepted,5,Torture and other CID treatment,7");
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.recommendingStates()).containsExactly(StateCode.of("FRA"), StateCode.of("ESP"));
            assertThat(item.stateUnderReview()).isEqualTo(StateCode.of("KAZ"));
            assertThat(item.line()).isEqualTo(2);
        });
    }

    @Test
    void accepted_means_supported_and_issues_become_labels() {
        ParseResult result = parse("one.csv", HEADER + "\n"
                + "DPR Korea,Asia,,\"Abolish the death penalty, and free detainees.\",St Kitts & Nevis,GRULAC,,Accepted,4,\"Death penalty,Detention\",6\n"
                + "Iran,Asia,OIC,Stop executions.,Macedonia FYR,EEG,,Noted,5,Death penalty,7\n");
        assertThat(result.items()).hasSize(2);
        ParsedRecommendation first = result.items().get(0);
        assertThat(first.stateUnderReview()).isEqualTo(StateCode.of("PRK"));
        assertThat(first.recommendingStates()).containsExactly(StateCode.of("KNA"));
        assertThat(first.response()).isEqualTo(Response.SUPPORTED);
        assertThat(first.actionCategory()).isEqualTo(4);
        assertThat(first.labels()).containsExactly(Label.fromSource(LabelKind.ISSUE, "Death penalty"),
                Label.fromSource(LabelKind.ISSUE, "Detention"));
        assertThat(result.items().get(1).response()).isEqualTo(Response.NOTED);
    }

    @Test
    void voluntary_pledges_are_pledges_without_recommending_states() {
        ParseResult result = parse("voluntary.csv", HEADER + "\r"
                + "Albania,EEG,\"OIC, OIF\",The Government is committed to the Roma Decade.,Albania,EEG,\"OIC, OIF\",Voluntary Pledge,5,Minorities,19");
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.pledge()).isTrue();
            assertThat(item.recommendingStates()).isEmpty();
            assertThat(item.response()).isNull();
        });
    }

    @Test
    void bad_rows_are_rejected_with_line_and_reason_and_good_rows_kept() {
        ParseResult result = parse("bad.csv", HEADER + "\n"
                + "Atlantis,WEOG,,Do something.,France,WEOG,,Accepted,5,General,7\n"
                + "France,WEOG,,Too few columns\n"
                + "France,WEOG,,Do better.,Narnia,WEOG,,Accepted,5,General,7\n"
                + "France,WEOG,,Do better.,Spain,WEOG,,Maybe,5,General,7\n"
                + "France,WEOG,,Do better.,Spain,WEOG,,Accepted,5,General,seven\n"
                + "France,WEOG,,Protect journalists.,Spain,WEOG,,Accepted,5,General,7\n"
                + "France,WEOG,,\"A truncated last line");
        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.text()).isEqualTo("Protect journalists."));
        assertThat(result.rejects()).extracting(Reject::line).containsExactly(2, 3, 4, 5, 6, 8);
        assertThat(result.rejects()).extracting(Reject::reason).satisfiesExactly(
                r -> assertThat(r).contains("unknown state under review 'Atlantis'"),
                r -> assertThat(r).contains("expected 11 columns").contains("found 4"),
                r -> assertThat(r).contains("unknown recommending state 'Narnia'"),
                r -> assertThat(r).contains("unknown Response 'Maybe'"),
                r -> assertThat(r).contains("Session column"),
                r -> assertThat(r).contains("not closed before the end of the file"));
    }

    @Test
    void a_file_without_the_header_is_refused_as_a_whole() {
        assertThatThrownBy(() -> parse("other.csv", "a,b,c\n1,2,3\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("other.csv").hasMessageContaining("UPR Info header");
    }
}
