package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.upright.common.Language;

class LanguageTest {
    @Test
    void the_browser_s_languages_choose_the_closest_of_the_six_by_preference() {
        assertThat(Language.fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage("de-DE, ru;q=0.7, en;q=0.5")).isEqualTo(Language.RU);
        assertThat(Language.fromAcceptLanguage("zh-Hant-TW")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("ar-EG")).isEqualTo(Language.AR);
        assertThat(Language.fromAcceptLanguage("es-419,es;q=0.9")).isEqualTo(Language.ES);
    }

    @Test
    void no_header_a_language_not_among_the_six_or_a_garbled_header_give_english() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("pt-BR")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage(";;;q=abc,\u0000")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("x".repeat(10_000))).isEqualTo(Language.EN);
    }

    @Test
    void only_an_exact_code_names_a_language() {
        assertThat(Language.of("RU")).contains(Language.RU);
        assertThat(Language.of("xx")).isEmpty();
        assertThat(Language.of("ru-RU")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
    }

    @Test
    void arabic_alone_is_written_right_to_left() {
        for (Language l : Language.values()) assertThat(l.rightToLeft()).isEqualTo(l == Language.AR);
    }

    @Test
    void numbers_and_dates_take_the_language_s_form() {
        LocalDate review = LocalDate.of(2019, 11, 7);
        assertThat(Ui.in(Language.FR, () -> Ui.date(review))).isEqualTo("7 novembre 2019");
        assertThat(Ui.in(Language.RU, () -> Ui.date(review))).startsWith("7 ноября 2019");
        assertThat(Ui.in(Language.ZH, () -> Ui.date(review))).isEqualTo("2019年11月7日");
        assertThat(Ui.in(Language.EN, () -> Ui.date(review))).isEqualTo("November 7, 2019");
        assertThat(Ui.in(Language.FR, () -> Ui.number(52_218))).isEqualTo("52\u202f218");
        assertThat(Ui.in(Language.ES, () -> Ui.number(52_218))).isEqualTo("52.218");
        assertThat(Ui.in(Language.EN, () -> Ui.number(52_218))).isEqualTo("52,218");
    }

    @Test
    void a_language_is_named_the_reader_s_way() {
        assertThat(Ui.in(Language.EN, () -> Ui.languageName("ru"))).isEqualTo("Russian");
        assertThat(Ui.in(Language.FR, () -> Ui.languageName("ru"))).isEqualTo("Russe");
        assertThat(Ui.in(Language.RU, () -> Ui.languageName("fr"))).isEqualTo("Французский");
        assertThat(Ui.in(Language.AR, () -> Ui.languageName("en"))).isEqualTo("الإنجليزية");
        assertThat(Ui.in(Language.EN, () -> Ui.languageName(""))).isEmpty();
        assertThat(Ui.in(Language.EN, () -> Ui.languageName("qqq"))).isEqualTo("qqq");
    }

    @Test
    void a_count_written_once_is_written_the_same_again_and_each_language_its_own_way() {
        for (int time = 0; time < 2; time++) {
            assertThat(Ui.in(Language.FR, () -> Ui.number(5_000))).isEqualTo("5\u202f000");
            assertThat(Ui.in(Language.EN, () -> Ui.number(5_000))).isEqualTo("5,000");
            assertThat(Ui.in(Language.EN, () -> Ui.number(9_999))).isEqualTo("9,999");
            assertThat(Ui.in(Language.EN, () -> Ui.number(10_000))).isEqualTo("10,000");
            assertThat(Ui.in(Language.EN, () -> Ui.number(-5))).isEqualTo("-5");
        }
    }

    @Test
    void a_decimal_keeps_its_places_and_a_count_has_none() {
        assertThat(Ui.in(Language.FR, () -> Ui.number(0.5, 2))).isEqualTo("0,50");
        assertThat(Ui.in(Language.EN, () -> Ui.number(12.345, 1))).isEqualTo("12.3");
        assertThat(Ui.in(Language.EN, () -> Ui.number(3))).isEqualTo("3");
    }

    @Test
    void a_stored_moment_reads_as_a_day_and_a_time_in_utc_and_anything_else_as_it_is() {
        String stored = "2026-12-04T14:03:22.123Z";
        assertThat(Ui.in(Language.EN, () -> Ui.moment(stored))).isEqualTo("4 Dec 2026, 14:03 UTC");
        assertThat(Ui.in(Language.FR, () -> Ui.moment(stored))).isEqualTo("4 déc. 2026, 14:03 UTC");
        assertThat(Ui.in(Language.ZH, () -> Ui.moment(stored))).isEqualTo("2026年12月4日 14:03 UTC");
        assertThat(Ui.in(Language.EN, () -> Ui.moment("last Tuesday"))).isEqualTo("last Tuesday");
        assertThat(Ui.in(Language.EN, () -> Ui.moment(null))).isEmpty();
    }

    /** The formats are shared by every request: many at once in different languages must each get their own form. */
    @Test
    void requests_in_different_languages_at_once_each_get_their_own_numbers_and_dates() throws Exception {
        LocalDate day = LocalDate.of(2012, 5, 21);
        java.util.Map<Language, String> alone = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) alone.put(language, written(language, day));
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 600; i++) {
                Language language = Language.values()[i % Language.values().length];
                same.add(threads.submit(() -> written(language, day).equals(alone.get(language))));
            }
            for (var answer : same) assertThat(answer.get()).isTrue();
        }
    }

    private static String written(Language language, LocalDate day) {
        return Ui.in(language, () -> Ui.number(1_234_567) + " " + Ui.number(2.5, 2) + " " + Ui.date(day) + " "
                + Ui.days(day, day.plusDays(14)));
    }
}
