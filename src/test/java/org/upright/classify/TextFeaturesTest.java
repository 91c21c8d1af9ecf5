package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
    @Test
    void texts_are_lower_cased_without_diacritics_and_cut_at_the_limit() {
        assertThat(TextFeatures.normalize("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(TextFeatures.normalize("a".repeat(20_000))).hasSize(TextFeatures.MAX_CHARS);
        assertThat(TextFeatures.normalize(null)).isEmpty();
    }

    @Test
    void words_are_runs_of_letters_and_digits() {
        assertThat(TextFeatures.words("ratify the op-cat (2006)")).containsExactly("ratify", "the", "op", "cat", "2006");
        assertThat(TextFeatures.words("   ")).isEmpty();
    }

    @Test
    void word_terms_add_pairs_of_neighbouring_words() {
        assertThat(TextFeatures.wordTerms(List.of("abolish", "death", "penalty"), true))
                .containsExactly("abolish", "death", "penalty", "abolish death", "death penalty");
    }

    @Test
    void character_ngrams_stay_inside_words_padded_with_spaces() {
        assertThat(TextFeatures.charTerms(List.of("law"), 3, 5)).containsExactly(" la", "law", "aw ", " law", "law ", " law ");
    }

    @Test
    void the_leading_phrase_skips_filler_and_finds_the_verb_after_to() {
        List<String> lead = TextFeatures.leadTerms(TextFeatures.words("also continue to strengthen its efforts"));
        assertThat(lead).contains("lead1=continue", "lead2=continue to", "then=strengthen", "lead0=also");
        assertThat(TextFeatures.leadTerms(TextFeatures.words(TextFeatures.normalize("Consider ratifying the Convention")))).contains("lead1=consider");
    }

    @Test
    void a_term_block_weighs_rare_terms_more_and_makes_unit_vectors() {
        List<List<String>> docs = List.of(List.of("ratify", "the", "convention"), List.of("abolish", "the", "death", "penalty"),
                List.of("ratify", "the", "protocol"));
        TermBlock block = TermBlock.fit(TermBlock.Kind.WORDS, 1f, docs, 1);
        assertThat(block.idf("protocol")).isGreaterThan(block.idf("the"));
        assertThat(block.vector(List.of("ratify", "the", "protocol")).norm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(block.vector(List.of("inconnu")).size()).isZero();
    }

    @Test
    void looking_terms_up_by_hash_finds_what_looking_them_up_by_string_finds() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (String t : List.of("Ratify the Optional Protocol to the Convention against Torture",
                "Continue to strengthen the national human rights institution", "Abolish the death penalty",
                "Take measures to combat violence against women and girls")) {
            docs.add(TextFeatures.words(TextFeatures.normalize(t)));
        }
        for (TermBlock.Kind kind : List.of(TermBlock.Kind.WORDS, TermBlock.Kind.CHARS)) {
            TermBlock block = TermBlock.fit(kind, 1f, docs, 1);
            List<String> query = TextFeatures.words(TextFeatures.normalize("Strengthen the protocol against violence, ratify it"));
            int[] byString = block.lookUpByStrings(query), byHash = block.lookUpHashed(query);
            java.util.Arrays.sort(byString);
            java.util.Arrays.sort(byHash);
            assertThat(byHash).as(kind.name()).isNotEmpty().containsExactly(byString);
        }
    }
}
