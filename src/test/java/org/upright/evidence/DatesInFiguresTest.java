package org.upright.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates written in figures or as "the 5th of April" are read as days; numbers that only look like dates are not. */
class DatesInFiguresTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 7, 1);

    private static List<String> days(String text) {
        return Dates.find(text, PUBLISHED).stream().map(d -> d.date().iso()).toList();
    }

    @Test
    void day_first_figures_with_dots_or_slashes_and_iso_dates_are_days() {
        assertThat(days("He was arrested on 26.06.2015 in Manama.")).containsExactly("2015-06-26");
        assertThat(days("The hearing of 03/04/2015 was postponed.")).containsExactly("2015-04-03");
        assertThat(days("Released on 2015-06-26, he was detained again.")).containsExactly("2015-06-26");
    }

    @Test
    void a_slashed_date_whose_second_number_can_only_be_a_day_is_read_month_first() {
        assertThat(days("Statement dated 06/26/2015.")).containsExactly("2015-06-26");
    }

    @Test
    void the_ordinal_of_a_month_is_a_day_and_a_bare_number_of_a_month_is_not() {
        assertThat(days("They should mark the 5th of April 2015 by releasing him.")).containsExactly("2015-04-05");
        assertThat(days("Only 5 of April's 40 detainees were released in 2014.")).doesNotContain("2015-04-05", "2014-04-05");
    }

    @Test
    void impossible_days_document_symbols_and_version_numbers_are_not_dates() {
        assertThat(days("See 31.02.2015 and 12.13.2015.")).isEmpty();
        assertThat(days("Report A/HRC/28/10 of the Working Group.")).isEmpty();
        assertThat(days("Version 1.2.2015.3 of the software.")).isEmpty();
    }
}
