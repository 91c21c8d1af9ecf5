package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.Language;
import org.upright.common.StateCode;

class StateNamesTest {
    private static final StateDirectory states = StateDirectory.load();

    @Test
    void every_state_has_a_name_of_its_own_in_each_of_the_six_languages() {
        for (State s : states.all()) {
            for (Language l : Language.values()) {
                String name = states.name(s.code(), l);
                assertThat(name).as(s.code() + " in " + l.code()).isNotBlank();
                if (l != Language.EN && l != Language.FR && l != Language.ES) {
                    assertThat(name).as(s.code() + " in " + l.code() + " is not the English name").isNotEqualTo(s.name());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"DEU, fr, Allemagne", "KAZ, ru, Казахстан", "KAZ, zh, 哈萨克斯坦", "KAZ, ar, كازاخستان",
            "DEU, es, Alemania", "RUS, fr, Fédération de Russie", "PSE, es, Estado de Palestina", "VAT, ru, Святейший Престол"})
    void names_a_state_in_a_language(String code, String language, String name) {
        assertThat(states.name(StateCode.of(code), Language.of(language).orElseThrow())).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"Казахстан, KAZ", "казахстан, KAZ", "哈萨克斯坦, KAZ", "كازاخستان, KAZ", "Allemagne, DEU", "Alemania, DEU",
            "Fédération de Russie, RUS", "Российская Федерация, RUS", "Государство Палестина, PSE", "Kazajistán, KAZ",
            "ÉTATS-UNIS D’AMÉRIQUE, USA"})
    void finds_a_state_by_its_name_in_any_of_the_six_languages(String name, String code) {
        assertThat(states.resolve(name)).get().extracting(State::code).isEqualTo(StateCode.of(code));
    }

    @Test
    void sorts_the_states_as_each_language_does() {
        List<String> french = states.sortedBy(Language.FR).stream().map(s -> states.name(s.code(), Language.FR)).toList();
        assertThat(french.indexOf("Allemagne")).isLessThan(french.indexOf("Andorre"));
        assertThat(french.indexOf("Égypte")).isLessThan(french.indexOf("Érythrée")).isLessThan(french.indexOf("Fidji"));
        List<String> russian = states.sortedBy(Language.RU).stream().map(s -> states.name(s.code(), Language.RU)).toList();
        assertThat(russian.getFirst()).isEqualTo("Австралия");
    }

    @Test
    void refuses_a_translation_that_names_another_state() {
        String tsv = "AAA\tAfrica\tAlpha\tyes\nBBB\tAfrica\tBeta\tyes\n";
        assertThatThrownBy(() -> StateDirectory.parse(tsv, "AAA\tا\t甲\tBeta\tА\tA\n"))
                .hasMessageContaining("line 1").hasMessageContaining("\"Beta\"").hasMessageContaining("BBB");
        assertThatThrownBy(() -> StateDirectory.parse(tsv, "AAA\tا\t甲\tAlphe\n"))
                .hasMessageContaining("ar, zh, fr, ru and es");
        assertThatThrownBy(() -> StateDirectory.parse(tsv, "CCC\tا\t甲\tC\tЦ\tC\n")).hasMessageContaining("CCC is not in");
    }
}
