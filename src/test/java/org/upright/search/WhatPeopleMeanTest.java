package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What people type when they search — possessives without their apostrophe, misspellings, acronyms — finds what
 * they mean, and the response facet accounts for every hit. Counts are those of the {@link SearchWorld} corpus.
 */
class WhatPeopleMeanTest {
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

    @ParameterizedTest(name = "[{0}] finds {1}, as [{2}] does")
    @CsvSource(delimiter = '|', textBlock = """
            womens rights     | 2 | women's rights
            womens            | 4 | women
            childrens         | 3 | children's
            """)
    void a_possessive_typed_without_its_apostrophe_finds_what_the_possessive_finds(String typed, long hits, String same) {
        assertThat(world.count(typed)).isEqualTo(hits).isEqualTo(world.count(same));
        assertThat(world.search(typed).didYouMean()).isNull();
    }

    @ParameterizedTest(name = "[{0}] → did you mean [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            domestic violance          | domestic violence
            peacefull asembly          | peaceful assembly
            tortur                     | torture
            "domestc violance"         | "domestic violence"
            """)
    void did_you_mean_offers_a_whole_corrected_query_that_finds_something(String typed, String meant) {
        SearchResult result = world.search(typed);
        assertThat(result.total()).isZero();
        assertThat(result.didYouMean()).isEqualTo(meant);
        assertThat(world.count(meant)).isPositive();
    }

    @Test
    void a_misspelling_with_no_correction_that_finds_anything_offers_none() {
        assertThat(world.search("qqqqzzzz").didYouMean()).isNull();
        assertThat(world.search("x".repeat(3000)).didYouMean()).isNull();
    }

    @ParameterizedTest(name = "[{0}] finds the recommendation saying [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            ICC                          | Consider the ratification of the Rome Statute
            icc                          | Consider the ratification of the Rome Statute
            OPCAT                        | Ratify the Optional Protocol to the Convention against Torture
            OP-CAT                       | Ratify the Optional Protocol to the Convention against Torture
            CAT                          | Ratify the Optional Protocol to the Convention against Torture
            """)
    void an_acronym_finds_its_long_form(String acronym, String text) {
        List<String> texts = world.search(acronym).hits().stream().map(SearchHit::text).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith(text));
    }

    @Test
    void a_long_form_finds_the_acronym_typed_in_a_text_whether_quoted_or_not() {
        world.importCsv("acronyms.csv", """
                Kazakhstan,Asia,OIC,Ratify the ICCPR and its second optional protocol,France,WEOG,EU,Noted,5,International instruments,34
                """);
        assertThat(world.search("\"International Covenant on Civil and Political Rights\"").hits()).extracting(SearchHit::text)
                .contains("Ratify the ICCPR and its second optional protocol");
        assertThat(world.search("International Covenant on Civil and Political Rights second").hits()).extracting(SearchHit::text)
                .containsExactly("Ratify the ICCPR and its second optional protocol");
        // and the acronym still finds itself, also inside "ICCPR-OP2"
        assertThat(world.search("ICCPR").hits()).extracting(SearchHit::text).containsExactlyInAnyOrder(
                "Ratify the ICCPR and its second optional protocol", "Abolish the death penalty and accede to ICCPR-OP2");
    }

    @Test
    void the_synonym_list_is_read_as_short_forms_that_find_everything_and_long_forms_that_find_the_short() {
        Synonyms list = Synonyms.parse(List.of("# a comment", "", "LGBT, LGBTI = sexual orientation; gender identity"));
        assertThat(list.of("lgbt")).containsExactly("LGBTI", "sexual orientation", "gender identity");
        assertThat(list.of("Sexual  Orientation")).containsExactly("LGBT", "LGBTI");
        assertThat(list.of("gender identity")).doesNotContain("sexual orientation");
        assertThat(list.of("torture")).isEmpty();
        assertThatThrownBy(() -> Synonyms.parse(List.of("LGBT sexual orientation")))
                .hasMessageContaining("line 1 has no '='");
    }

    @Test
    void the_response_facet_counts_every_hit_so_its_counts_add_up_to_the_total() {
        SearchResult kazakhstan = world.search("", Map.of(Facet.SUR, List.of("KAZ")), SearchSort.SESSION);
        List<FacetValue> responses = kazakhstan.facets().get(Facet.RESPONSE);
        assertThat(responses.stream().mapToLong(FacetValue::count).sum()).isEqualTo(kazakhstan.total()).isEqualTo(7);
        assertThat(responses).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("No response");
            assertThat(v.count()).isEqualTo(1);
        });
        SearchResult unanswered = world.search("", Map.of(Facet.RESPONSE, List.of("no response")), SearchSort.SESSION);
        assertThat(unanswered.hits()).extracting(SearchHit::text)
                .containsExactly("Kazakhstan pledges to submit its overdue reports to the treaty bodies");
        assertThat(unanswered.hits().getFirst().response()).isNull();
    }

    @Test
    void a_theme_spelt_with_and_instead_of_ampersand_or_in_another_case_is_one_theme() {
        ThemeNames names = ThemeNames.load();
        assertThat(names.name("Constitutional and legislative framework")).isEqualTo("Constitutional & legislative framework");
        assertThat(names.name("constitutional  &  Legislative framework\u00a0")).isEqualTo("Constitutional & legislative framework");
        assertThat(names.name("Prohibition of torture and cruel, inhuman or degrading treatment"))
                .isEqualTo("Prohibition of torture & ill-treatment (including cruel, inhuman or degrading treatment)");
        assertThat(names.name("A theme no list names ")).isEqualTo("A theme no list names");
    }
}
