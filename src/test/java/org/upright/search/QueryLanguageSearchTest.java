package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every feature of the query language, with the exact number of hits it gives on the {@link SearchWorld} corpus. */
class QueryLanguageSearchTest {
    @TempDir
    static Path dir;
    static SearchWorld world;

    @BeforeAll
    static void createWorld() {
        world = SearchWorld.create(dir);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            torture                       | 4
            TORTURE                       | 4
            journalists                   | 3
            harassment                    | 1
            nothing-like-this-word        | 0
            """)
    void single_words_find_every_recommendation_holding_them(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            woman                         | 4
            women                         | 4
            women's                       | 4
            child                         | 3
            children                      | 3
            person                        | 4
            people                        | 4
            persons                       | 4
            torture                       | 4
            tortured                      | 4
            ratify                        | 2
            ratification                  | 2
            """)
    void stemming_finds_plural_and_inflected_forms_including_irregular_plurals(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cote divoire                  | 1
            côte d'ivoire                 | 1
            Côte d’Ivoire                 | 1
            COTE D'IVOIRE                 | 1
            """)
    void diacritics_apostrophes_and_case_do_not_matter(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "death penalty"                 | 5
            "penalty death"                 | 0
            "freedom of assembly"           | 1
            "Freedom of Assembly"           | 1
            "freedom of peaceful assembly"  | 1
            freedom assembly                | 2
            "abolish the death penalty"     | 4
            "the death penalty"             | 5
            "political prisoners and journalists" | 2
            """)
    void phrases_match_words_in_order_and_stop_words_keep_their_place(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
            death penalty                 => 5
            death AND penalty             => 5
            death && penalty              => 5
            torture OR penalty            => 9
            torture || penalty            => 9
            "death penalty" NOT abolish   => 1
            "death penalty" -abolish      => 1
            "death penalty" !abolish      => 1
            NOT torture                   => 22
            -torture                      => 22
            women OR children -violence   => 5
            """)
    void and_or_not_combine_words(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            tortur*                       | 4
            journalist*                   | 3
            women*                        | 4
            protect*                      | 4
            """)
    void a_prefix_finds_every_word_starting_with_it(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            (torture OR journalists) sur:BLR          | 2
            "death penalty" (sur:KAZ OR sur:ZMB)      | 3
            (death OR torture) AND (sur:KAZ OR rs:NOR)| 4
            -(torture OR penalty)                     | 17
            sur:(KAZ OR ZMB)                          | 11
            """)
    void parentheses_group(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @ParameterizedTest(name = "[{0}] finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            sur:KAZ                        | 7
            sur:kaz                        | 7
            sur:Kazakhstan                 | 7
            sur:"Côte d'Ivoire"            | 5
            sur:CIV                        | 5
            rs:"United Kingdom"            | 4
            rs:United Kingdom              | 4
            rs:GBR                         | 4
            sur_group:Africa               | 14
            rs_group:EEG                   | 3
            response:noted                 | 11
            response:Accepted              | 14
            response:supported             | 14
            cycle:1                        | 4
            cycle:2                        | 17
            cycle:3                        | 5
            session:20                     | 6
            year:2014                      | 11
            issue:"Death penalty"          | 5
            issue:"death penalty"          | 5
            issue:Death penalty            | 5
            category:5                     | 13
            kind:pledge                    | 1
            kind:recommendation            | 25
            """)
    void every_field_takes_codes_or_names(String query, long hits) {
        assertThat(world.count(query)).isEqualTo(hits);
    }

    @Test
    void the_advocate_and_the_researcher_get_their_answers() {
        assertThat(world.count("issue:\"Freedom of association and peaceful assembly\" sur:Kazakhstan response:noted")).isEqualTo(2);
        assertThat(world.count("issue:\"Death penalty\" rs_group:Africa cycle:2")).isEqualTo(1);
    }

    @Test
    void a_code_and_a_name_of_a_state_give_the_same_hits() {
        assertThat(world.search("torture sur:Kazakhstan").hits()).extracting(SearchHit::id)
                .containsExactlyElementsOf(world.search("torture sur:KAZ").hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void the_query_as_run_names_fields_by_their_indexed_values() {
        assertThat(world.search("sur:Kazakhstan response:accepted issue:\"death penalty\"").query())
                .isEqualTo("sur:KAZ response:Supported issue:\"Death penalty\"");
    }

    @Test
    void an_empty_query_finds_everything_newest_session_first() {
        SearchResult all = world.search("");
        assertThat(all.total()).isEqualTo(SearchWorld.DOCUMENTS);
        assertThat(all.hits()).extracting(SearchHit::session).first().isEqualTo(31);
        assertThat(all.notices()).isEmpty();
    }
}
