package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.upright.common.Language;

class VocabularyTest {
    private static final Path VOCAB = Path.of("../shared/vocab");
    private static final Vocabulary vocabulary = Vocabulary.bundled();

    @ParameterizedTest
    @CsvSource({"issue, upr-info-issues.txt", "theme, uhri-themes.txt", "group, groups-of-persons.txt"})
    void every_term_of_the_shared_vocabularies_has_its_five_translations(String kind, String file) throws IOException {
        List<String> terms = Files.readAllLines(VOCAB.resolve(file)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(terms).isNotEmpty();
        for (String term : terms) {
            for (Language l : List.of(Language.AR, Language.ZH, Language.FR, Language.RU, Language.ES)) {
                assertThat(vocabulary.find(kind, term, l)).as(kind + " \"" + term + "\" in " + l.code()).isPresent();
            }
        }
    }

    @Test
    void the_sdgs_and_responses_read_in_each_language() {
        assertThat(vocabulary.term("sdg", "Peace, justice and strong institutions", Language.FR)).startsWith("Paix, justice");
        assertThat(vocabulary.term("response", "Supported", Language.RU)).isNotEqualTo("Supported");
        assertThat(vocabulary.term("issue", "Torture and other CID treatment", Language.ES)).contains("ortura");
        assertThat(vocabulary.numbered("cycle", "Cycle {0}", Language.ZH, 3)).contains("3").doesNotContain("{0}");
    }

    @Test
    void spellings_of_a_theme_that_differ_only_in_and_or_case_meet() {
        String fr = vocabulary.term("theme", "Constitutional & legislative framework", Language.FR);
        assertThat(vocabulary.term("theme", "Constitutional and Legislative Framework", Language.FR)).isEqualTo(fr);
    }

    @Test
    void a_term_it_does_not_hold_stays_as_written() {
        assertThat(vocabulary.term("theme", "A theme only one source uses", Language.AR)).isEqualTo("A theme only one source uses");
    }

    @Test
    void refuses_a_line_with_a_missing_translation_naming_it() {
        assertThatThrownBy(() -> Vocabulary.parse("kind\ten\tar\tzh\tfr\tru\tes\nissue\tCorruption\tالفساد\t腐败\t\tКоррупция\tCorrupción\n"))
                .hasMessageContaining("line 2").hasMessageContaining("fr term is empty");
    }
}
