package org.upright.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.upright.state.StateDirectory;

/** Asks as the genre writes them. The sentences are written here to isolate one form each; the real texts are in LabelledSetTest. */
class AskFinderTest {
    final Extractor extractor = new Extractor(StateDirectory.load());

    @Test
    void a_run_in_list_after_a_call_gives_one_ask_a_part() {
        Extraction x = extractor.extract("Amnesty International urges the government of Belarus to: release all prisoners of conscience; "
                + "repeal article 193.1 of the criminal code; and end the use of the death penalty.", null);
        assertThat(x.asks()).extracting(Ask::text).containsExactly("Release all prisoners of conscience.",
                "Repeal article 193.1 of the criminal code.", "End the use of the death penalty.");
        assertThat(x.asks()).allSatisfy(a -> assertThat(a.form()).isEqualTo("run-in"));
    }

    @Test
    void an_ask_repeated_in_the_headline_and_the_summary_counts_once() {
        Extraction x = extractor.extract("Egypt: authorities should release Alaa Abd El-Fattah\n\n"
                + "The Egyptian authorities should release Alaa Abd El-Fattah, the rights group said today.", null);
        assertThat(x.asks()).hasSize(1);
    }

    @Test
    void calls_to_press_or_use_the_review_are_no_asks_and_a_text_without_asks_has_none() {
        Extraction x = extractor.extract("Governments should use the review to press the president. "
                + "The review of Uzbekistan took place on 9 November 2023.", null);
        assertThat(x.asks()).isEmpty();
        assertThat(x.notices()).anySatisfy(n -> assertThat(n).contains("asks for nothing"));
    }

    @Test
    void upr_recommendation_numbers_are_not_legal_provisions() {
        Extraction x = extractor.extract("Kazakhstan supported recommendations 124.5 and 126.12 but still applies article 174 of the criminal code.", null);
        assertThat(x.provisions()).extracting(Provision::article).containsExactly("174");
    }

    @Test
    void international_instruments_are_told_apart_from_domestic_law() {
        Extraction x = extractor.extract("Ratify the Optional Protocol to the Convention against Torture and amend the 2016 Law on Public Assemblies.", null);
        assertThat(x.provisions()).anySatisfy(p -> {
            assertThat(p.law()).contains("Convention against Torture");
            assertThat(p.kind()).isEqualTo(Provision.Kind.INTERNATIONAL);
        });
        assertThat(x.provisions()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(Provision.Kind.DOMESTIC));
    }

    @Test
    void counts_as_written_become_ranges() {
        assertThat(Counts.first("police detained over 230 protesters").min()).isEqualTo(231);
        assertThat(Counts.first("police detained over 230 protesters").max()).isNull();
        assertThat(Counts.first("they arrested dozens of people").max()).isEqualTo(99);
        assertThat(Counts.first("twenty-five journalists were held").min()).isEqualTo(25);
    }
}
