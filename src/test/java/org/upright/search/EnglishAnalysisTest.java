package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis chain: what each word becomes in the index. */
class EnglishAnalysisTest {
    private final EnglishAnalysis analysis = new EnglishAnalysis();

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analysis.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute gap = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add((gap.getPositionIncrement() > 1 ? "_ " : "") + term);
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest(name = "{0} and {1} meet in one term")
    @CsvSource({
            "woman, women", "man, men", "child, children", "person, people", "person, persons", "person, peoples",
            "torture, tortured", "torture, torturing", "ratify, ratification", "ratify, ratified", "journalist, journalists",
            "defender, defenders", "assembly, assemblies", "wife, wives", "life, lives", "policeman, policemen",
            "women, women's", "migrant, migrants", "discriminate, discriminated"})
    void irregular_plurals_and_inflections_meet_in_one_term(String one, String other) throws IOException {
        assertThat(terms(other)).isEqualTo(terms(one)).hasSize(1);
    }

    @Test
    void stems_are_real_words_that_read_well_in_explanations() throws IOException {
        assertThat(terms("tortured women's children ratification")).containsExactly("torture", "woman", "child", "ratify");
    }

    @Test
    void diacritics_case_and_apostrophes_are_folded() throws IOException {
        assertThat(terms("Côte d’Ivoire")).containsExactly("cote", "divoire");
        assertThat(terms("COTE D'IVOIRE")).containsExactly("cote", "divoire");
        assertThat(terms("São Tomé and Príncipe")).containsExactly("sao", "tome", "_ principe");
    }

    @Test
    void stop_words_are_dropped_but_leave_their_place() throws IOException {
        assertThat(terms("freedom of assembly")).containsExactly("freedom", "_ assembly");
        assertThat(terms("the")).isEmpty();
    }

    @Test
    void words_that_differ_in_meaning_stay_apart() throws IOException {
        assertThat(terms("police")).isNotEqualTo(terms("policy"));
        assertThat(terms("execution")).isNotEqualTo(terms("executive"));
    }

    @Test
    void prefixes_are_folded_but_not_stemmed() {
        assertThat(analysis.normalizePrefix("Tortur")).isEqualTo("tortur");
        assertThat(analysis.normalizePrefix("Côte")).isEqualTo("cote");
        assertThat(analysis.normalizePrefix("d'Iv")).isEqualTo("div");
    }
}
