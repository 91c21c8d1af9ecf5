package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlights, explanations, did you mean, autocomplete and more like this. */
class HitsExplainThemselvesTest {
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

    private static SearchHit hit(SearchResult result, String textStart) {
        return result.hits().stream().filter(h -> h.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit starts with " + textStart));
    }

    private static SearchResult explained(String query) {
        return world.search().search(new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 1, 50, true));
    }

    @Test
    void matched_words_are_marked_in_the_escaped_text() {
        SearchHit hit = hit(world.search("women"), "Combat trafficking");
        assertThat(hit.highlighted())
                .isEqualTo("Combat trafficking &amp; sexual exploitation of <mark>women</mark> and girls");
    }

    @Test
    void a_phrase_is_marked_as_one_run_and_only_where_it_stands_as_a_phrase() {
        assertThat(hit(world.search("\"death penalty\""), "Abolish the death penalty and").highlighted())
                .isEqualTo("Abolish the <mark>death penalty</mark> and accede to ICCPR-OP2");
        assertThat(hit(world.search("\"freedom of assembly\""), "Guarantee").highlighted())
                .isEqualTo("Guarantee <mark>freedom of assembly</mark> and of association in law and practice");
    }

    @Test
    void a_stemmed_match_marks_the_word_as_written() {
        assertThat(hit(world.search("tortured"), "Take measures").highlighted()).contains("<mark>torture</mark>");
        assertThat(hit(world.search("torture"), "Investigate").highlighted()).contains("<mark>tortured</mark>");
    }

    @Test
    void a_hit_without_matched_words_is_escaped_but_not_marked() {
        SearchHit hit = hit(world.search("sur:CIV"), "Combat trafficking");
        assertThat(hit.highlighted()).isEqualTo("Combat trafficking &amp; sexual exploitation of women and girls");
    }

    @Test
    void the_explanation_names_the_word_typed_the_stemmed_form_and_the_word_found() {
        SearchHit hit = hit(explained("woman"), "Protect the rights of women");
        assertThat(hit.explanation()).containsExactly(new MatchedTerm("text", "woman", "woman", "women"));
        SearchHit tortured = hit(explained("torture"), "Investigate");
        assertThat(tortured.explanation()).containsExactly(new MatchedTerm("text", "torture", "torture", "tortured"));
    }

    @Test
    void the_explanation_names_fields_phrases_and_prefixes() {
        SearchHit hit = hit(explained("\"death penalty\" sur:Kazakhstan"), "Abolish");
        assertThat(hit.explanation()).containsExactlyInAnyOrder(
                new MatchedTerm("text", "\"death penalty\"", "death penalty", "death penalty"),
                new MatchedTerm("sur", "Kazakhstan", "KAZ", null));
        SearchHit prefix = hit(explained("journalis*"), "Guarantee that journalists");
        assertThat(prefix.explanation()).containsExactly(new MatchedTerm("text", "journalis*", "journalist", "journalists"));
    }

    @Test
    void without_asking_there_is_no_explanation() {
        assertThat(world.search("woman").hits()).allMatch(h -> h.explanation().isEmpty());
    }

    @Test
    void a_misspelt_word_gets_a_did_you_mean() {
        SearchResult r = world.search("torure");
        assertThat(r.total()).isZero();
        assertThat(r.didYouMean()).isEqualTo("torture");
        assertThat(world.search("torure sur:KAZ").didYouMean()).isEqualTo("torture sur:KAZ");
        assertThat(world.search("\"deth penalty\"").didYouMean()).isEqualTo("\"death penalty\"");
    }

    @Test
    void words_that_match_get_no_did_you_mean() {
        assertThat(world.search("torture").didYouMean()).isNull();
        assertThat(world.search("").didYouMean()).isNull();
    }

    @Test
    void autocomplete_offers_states_by_any_name_and_issues() {
        assertThat(world.search().suggest("kaz", 5)).startsWith(
                new Suggestion("Kazakhstan", "sur", "sur:KAZ"), new Suggestion("Kazakhstan", "rs", "rs:KAZ"));
        assertThat(world.search().suggest("cote d", 2)).extracting(Suggestion::insert).containsExactly("sur:CIV", "rs:CIV");
        assertThat(world.search().suggest("death", 5)).contains(new Suggestion("Death penalty", "issue", "issue:\"Death penalty\""));
        assertThat(world.search().suggest("united k", 2)).extracting(Suggestion::insert).containsExactly("sur:GBR", "rs:GBR");
        assertThat(world.search().suggest("ivoire", 1)).extracting(Suggestion::insert).containsExactly("sur:CIV");
        assertThat(world.search().suggest("", 5)).isEmpty();
    }

    @Test
    void more_like_this_ranks_the_near_duplicate_first_and_leaves_the_recommendation_out() {
        List<SearchHit> similar = world.search().moreLikeThis(world.id("Release all political prisoners and journalists detained for their"), 5);
        assertThat(similar).isNotEmpty();
        assertThat(similar.getFirst().text()).isEqualTo("Release all political prisoners and journalists detained for peaceful protests");
        assertThat(similar.getFirst().stateUnderReview().value()).isEqualTo("NGA");
        assertThat(similar).extracting(SearchHit::text)
                .doesNotContain("Release all political prisoners and journalists detained for their peaceful protests");
    }
}
