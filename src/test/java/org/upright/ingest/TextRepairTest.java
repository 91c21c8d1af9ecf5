package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {
    private static TextRepair recordSpelling(String... texts) {
        WordVocabulary vocabulary = new WordVocabulary();
        for (String t : texts) vocabulary.add(t);
        return new TextRepair(vocabulary);
    }

    @Test
    void a_character_a_source_lost_is_put_back_when_the_record_spells_the_word_whole() {
        TextRepair repair = recordSpelling("Consult the Maori people.", "Improve Maori health.",
                "Protect non-citizens.", "Treat non-citizens equally.", "M.ori and non.citizens");
        assertThat(repair.repair("Address the situation of the M.ori and of non.citizens."))
                .isEqualTo("Address the situation of the Maori and of non-citizens.");
    }

    @Test
    void a_replacement_character_or_question_mark_is_repaired_the_same_way() {
        TextRepair repair = recordSpelling("Māori rights", "Māori land", "well-being of children", "well-being");
        assertThat(repair.repair("Protect M\uFFFDori rights and the well?being of all."))
                .isEqualTo("Protect Māori rights and the well-being of all.");
    }

    @Test
    void a_word_the_record_never_spells_whole_stays_as_the_source_gave_it() {
        TextRepair repair = recordSpelling("Consult the people.", "M.ori M.ori M.ori");
        assertThat(repair.repair("Consult the M.ori.")).isEqualTo("Consult the M.ori.");
    }

    @Test
    void a_word_seen_only_once_is_not_enough_evidence() {
        assertThat(recordSpelling("Maori").repair("the M.ori")).isEqualTo("the M.ori");
    }

    @Test
    void two_spellings_the_record_gives_about_as_often_leave_the_word_alone() {
        TextRepair repair = recordSpelling("Maori Maori Maori", "Mäori Mäori");
        assertThat(repair.repair("the M.ori")).isEqualTo("the M.ori");
    }

    @Test
    void abbreviations_and_sentences_run_together_are_not_damage() {
        TextRepair repair = recordSpelling("ice ice ice egg egg egg usa usa", "rights the rights the");
        String text = "Ratify treaties, i.e. the CAT, e.g. in the U.S.A. and protect rights.The state";
        assertThat(repair.repair(text)).isEqualTo(text);
    }

    @Test
    void a_paragraph_number_left_at_the_start_is_taken_off() {
        TextRepair repair = recordSpelling();
        assertThat(repair.repair("77.5. Ratify the Convention")).isEqualTo("Ratify the Convention");
        assertThat(repair.repair("96.1.2 Ratify the Convention")).isEqualTo("Ratify the Convention");
        assertThat(repair.repair("(118.3) Ratify the Convention")).isEqualTo("Ratify the Convention");
    }

    @Test
    void numbers_that_belong_to_the_text_stay() {
        TextRepair repair = recordSpelling();
        assertThat(repair.repair("2030 Agenda goals")).isEqualTo("2030 Agenda goals");
        assertThat(repair.repair("1.5 million refugees need shelter")).isEqualTo("1.5 million refugees need shelter");
    }

    @Test
    void of_two_copies_of_one_recommendation_the_less_damaged_is_shown() {
        assertThat(RecordWriter.cleaner("Consult the M.ori people.", "Consult the Maori people.")).isEqualTo("Consult the Maori people.");
        assertThat(RecordWriter.cleaner("Consult the Maori people.", "Consult the M.ori people.")).isEqualTo("Consult the Maori people.");
        assertThat(RecordWriter.cleaner("Consult the M.ori people fully.", "Consult the Maori."))
                .as("a shorter copy is another wording, not a cleaner one").isEqualTo("Consult the M.ori people fully.");
    }
}
