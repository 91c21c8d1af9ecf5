package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever a person types, the search answers: repaired where it can be, with a notice saying what was done,
 * the query as it was run, and never an exception or a hung request.
 */
class BadInputTest {
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

    @ParameterizedTest(name = "[{0}] runs as [{1}], finds {2}, notice about \"{3}\"")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
            "freedom of assembly            => "freedom of assembly"            => 1  => quote was not closed
            (torture OR journalists         => torture OR journalists           => 7  => parenthesis was not closed
            torture)                        => torture                          => 4  => closing parenthesis
            ((torture)                      => torture                          => 4  => parenthesis was not closed
            AND                             => ''                               => 26 => AND needs
            OR                              => ''                               => 26 => OR needs
            NOT                             => ''                               => 26 => NOT (or -) needs
            -                               => ''                               => 26 => NOT (or -) needs
            torture AND                     => torture                          => 4  => AND needs
            OR torture                      => torture                          => 4  => OR needs
            torture OR                      => torture                          => 4  => OR needs
            torture NOT                     => torture                          => 4  => NOT (or -) needs
            torture AND OR penalty          => torture penalty                  => 0  => needs something on both sides
            colour:torture                  => torture                          => 4  => no field "colour"
            sur:Narnia torture              => torture                          => 4  => no state is called "Narnia"
            sur: torture                    => torture                          => 4  => sur: needs a value
            cycle:7 torture                 => torture                          => 4  => a cycle is 1, 2, 3 or 4
            response:maybe                  => ''                               => 26 => a response is Supported, Noted, Pending or "No response"
            *                               => ''                               => 26 => A * on its own
            a*                              => ''                               => 26 => "a*" would match too many words
            to* torture                     => torture                          => 4  => "to*" would match too many words
            tor*ure                         => torure                           => 0  => Only a * at the end
            ill-treat*                      => ''                               => 26 => a * completes one word
            the                             => ''                               => 26 => too common
            "of the"                        => ''                               => 26 => too common
            issue:freedom                   => ''                               => 26 => could be the issue
            """)
    void bad_input_is_repaired_with_a_notice(String query, String runAs, long hits, String notice) {
        SearchResult r = world.search(query);
        assertThat(r.query()).isEqualTo(runAs);
        assertThat(r.total()).isEqualTo(hits);
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).containsIgnoringCase(notice));
    }

    @Test
    void an_unknown_field_notice_names_the_known_fields() {
        assertThat(world.search("colour:torture").notices()).singleElement().asString()
                .contains("sur, sur_group, rs, rs_group, cycle, session, year, response, issue, category");
    }

    @Test
    void a_ten_thousand_character_query_is_cut_and_answers_at_once() {
        String query = "torture ".repeat(1_250);
        assertThat(query).hasSize(10_000);
        long started = System.nanoTime();
        SearchResult r = world.search(query);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("10,000 characters"))
                .anySatisfy(n -> assertThat(n).contains("more than 64 words"));
    }

    @Test
    void thousands_of_parentheses_and_operators_answer_at_once() {
        for (String query : new String[] {"(".repeat(10_000), ")".repeat(10_000), "\"".repeat(9_999), "-".repeat(10_000),
                "a OR ".repeat(2_000), "(torture ".repeat(1_000), "sur:".repeat(2_500), "*".repeat(10_000)}) {
            long started = System.nanoTime();
            SearchResult r = world.search(query);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(query.substring(0, 10)).isLessThan(Duration.ofSeconds(2));
            assertThat(r.notices()).as(query.substring(0, 10)).isNotEmpty();
        }
    }

    @Test
    void random_garbage_never_throws() {
        Random random = new Random(20261130);
        String alphabet = "abcdefgh tortue()\"'*-!:&|ORANDNOT sur rs issue cycle:2 ÄÖü“”«»\t\n\\/?~^[]{}0123456789";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            SearchResult r = world.search(q.toString());
            assertThat(r.total()).as(q.toString()).isBetween(0L, (long) SearchWorld.DOCUMENTS);
        }
    }

    @Test
    void a_page_beyond_the_hits_is_empty_with_a_notice() {
        SearchResult r = world.search().search(new SearchRequest("torture", Map.of(), SearchSort.RELEVANCE, 3, 20, false));
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.hits()).isEmpty();
        assertThat(r.notices()).singleElement().asString().contains("beyond the last page");
    }

    @Test
    void a_huge_page_number_says_to_narrow_or_export() {
        assertThatThrownBy(() -> world.search().search(new SearchRequest("torture", Map.of(), SearchSort.RELEVANCE, 1_000_000, 20, false)))
                .isInstanceOf(SearchException.class).hasMessageContaining("10,000").hasMessageContaining("export");
        assertThatThrownBy(() -> world.search().search(new SearchRequest("torture", Map.of(), SearchSort.RELEVANCE, Integer.MAX_VALUE, 500, false)))
                .isInstanceOf(SearchException.class);
        assertThatThrownBy(() -> world.search().search(new SearchRequest("torture", Map.of(), SearchSort.RELEVANCE, 0, 20, false)))
                .isInstanceOf(SearchException.class).hasMessageContaining("from 1");
        assertThatThrownBy(() -> world.search().search(new SearchRequest("torture", Map.of(), SearchSort.RELEVANCE, 1, 501, false)))
                .isInstanceOf(SearchException.class).hasMessageContaining("1 to 500");
    }

    @Test
    void a_null_query_is_everything() {
        assertThat(world.search().search(new SearchRequest(null, Map.of(), null, 1, 20, false)).total()).isEqualTo(SearchWorld.DOCUMENTS);
    }
}
