package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;
import org.upright.common.Language;

/**
 * The pages of the record (home, a state, the sessions, a session, a review, a recommendation and its follow-up,
 * repeats and the state's scorecard) answer in each of the six languages: the html element names the language,
 * a few of each page's own words are in it, and no message key shows where a text is missing.
 */
class RecordPagesLanguageTest extends RealExtractsTest {
    /** A text a reader would see only when a message is missing: the key itself ("followup.title"). */
    private static final Pattern RAW_KEY = Pattern.compile(
            ">[^<]*\\b(?:home|record|state|review|sessions?|recommendation|followup|repeats|scorecard|coverage|overdue|symbol)\\.[a-z_]+[^<]*<");


    /** Each page and, per language, words of its own that a reader of that language finds on it. */
    private static Map<String, Map<Language, List<String>>> pages() {
        long rec = world.recommendation(TestWorld.ROME_STATUTE).id().value();
        long review = world.algeria().id().value();
        Map<String, Map<Language, List<String>>> pages = new LinkedHashMap<>();
        pages.put("/", Map.of(
                Language.EN, List.of("The Universal Periodic Review, on the record", "What the record holds", "Latest reviews"),
                Language.FR, List.of("Ce que contiennent les archives", "Derniers examens", "l’État examiné appuie"),
                Language.RU, List.of("Что содержат материалы", "Последние обзоры", "государство, проходящее обзор"),
                Language.AR, List.of("محتويات السجل", "أحدث الاستعراضات", "الدولة قيد الاستعراض"),
                Language.ZH, List.of("记录所含内容", "最近的审议", "受审议国"),
                Language.ES, List.of("Qué contiene el registro", "Últimos exámenes", "el Estado examinado apoya")));
        pages.put("/states/KAZ", Map.of(
                Language.EN, List.of("Recommendations received", "Voluntary pledges", "Review calendar"),
                Language.FR, List.of("Recommandations reçues", "Calendrier des examens", "Filtrer les recommandations reçues"),
                Language.RU, List.of("Полученные рекомендации", "Календарь обзоров", "Казахстан"),
                Language.AR, List.of("التوصيات المتلقاة", "جدول الاستعراضات", "كازاخستان"),
                Language.ZH, List.of("收到的建议", "审议日历", "哈萨克斯坦"),
                Language.ES, List.of("Recomendaciones recibidas", "Calendario de exámenes", "Kazajistán")));
        pages.put("/sessions", Map.of(
                Language.EN, List.of("<h1>Working Group sessions</h1>", "Reviews in the record"),
                Language.FR, List.of("<h1>Sessions du Groupe de travail</h1>", "Examens dans les archives"),
                Language.RU, List.of("<h1>Сессии Рабочей группы</h1>", "Обзоры в материалах"),
                Language.AR, List.of("<h1>دورات الفريق العامل</h1>", "الاستعراضات في السجل"),
                Language.ZH, List.of("<h1>工作组届会</h1>", "记录中的审议"),
                Language.ES, List.of("<h1>Períodos de sesiones del Grupo de Trabajo</h1>", "Exámenes en el registro")));
        pages.put("/sessions/13", Map.of(
                Language.EN, List.of("<h1>Working Group session 13</h1>", "21 May"),
                Language.FR, List.of("<h1>Session 13 du Groupe de travail</h1>", "21 mai"),
                Language.RU, List.of("<h1>Сессия Рабочей группы 13</h1>", "21 мая"),
                Language.AR, List.of("<h1>الدورة 13 للفريق العامل</h1>", "الجزائر"),
                Language.ZH, List.of("<h1>工作组第13届会议</h1>", "阿尔及利亚"),
                Language.ES, List.of("<h1>Período de sesiones 13 del Grupo de Trabajo</h1>", "21 de mayo")));
        pages.put("/reviews/" + review, Map.of(
                Language.EN, List.of("Review of Algeria", "Working Group report"),
                Language.FR, List.of("Examen : Algérie", "Rapport du Groupe de travail", "Notée"),
                Language.RU, List.of("Обзор: Алжир", "Доклад Рабочей группы", "Принята к сведению"),
                Language.AR, List.of("استعراض الجزائر", "تقرير الفريق العامل"),
                Language.ZH, List.of("阿尔及利亚的审议", "工作组报告", "已注意到"),
                Language.ES, List.of("Examen de Argelia", "Informe del Grupo de Trabajo", "Anotada")));
        pages.put("/recommendations/" + rec, Map.of(
                Language.EN, List.of("Recommended by", "Sources", "Response as given"),
                Language.FR, List.of("Recommandée par", "Réponse telle que donnée", "Notée"),
                Language.RU, List.of("Рекомендовано государствами", "Источники", "Принята к сведению"),
                Language.AR, List.of("أوصت بها", "المصادر", "أُحيط بها علماً"),
                Language.ZH, List.of("建议国", "来源", "已注意到"),
                Language.ES, List.of("Recomendada por", "Fuentes", "Anotada")));
        pages.put("/recommendations/" + rec + "/follow-up", Map.of(
                Language.EN, List.of("Follow-up of recommendation " + rec, "No public assessment of its implementation yet."),
                Language.FR, List.of("Suivi de la recommandation " + rec, "Aucune évaluation publique"),
                Language.RU, List.of("Последующие действия по рекомендации " + rec, "Открытых оценок её выполнения пока нет."),
                Language.AR, List.of("متابعة التوصية " + rec, "لا يوجد تقييم علني لتنفيذها بعد."),
                Language.ZH, List.of("建议 " + rec + " 的后续行动", "尚无对其落实情况的公开评估。"),
                Language.ES, List.of("Seguimiento de la recomendación " + rec, "Aún no hay evaluación pública")));
        pages.put("/recommendations/" + rec + "/repeats", Map.of(
                Language.EN, List.of("Repeated across cycles"),
                Language.FR, List.of("Répétée d’un cycle à l’autre"),
                Language.RU, List.of("Повторы в разных циклах"),
                Language.AR, List.of("تكرار عبر الجولات"),
                Language.ZH, List.of("跨轮次重复"),
                Language.ES, List.of("Repetida a lo largo de los ciclos")));
        pages.put("/states/DZA/scorecard", Map.of(
                Language.EN, List.of("Algeria: scorecard", "Responses and assessments by cycle"),
                Language.FR, List.of("Algérie : tableau de bord", "Réponses et évaluations par cycle"),
                Language.RU, List.of("Алжир: сводная карта", "Ответы и оценки по циклам"),
                Language.AR, List.of("الجزائر: بطاقة الأداء", "الردود والتقييمات حسب الجولة"),
                Language.ZH, List.of("阿尔及利亚：记分卡", "按轮次分列的答复和评估"),
                Language.ES, List.of("Argelia: cuadro de resultados", "Respuestas y evaluaciones por ciclo")));
        return pages;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_record_page_answers_in_the_language_with_its_own_words_and_no_missing_text(Language language) {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            for (Map.Entry<String, Map<Language, List<String>>> page : pages().entrySet()) {
                String path = page.getKey() + (page.getKey().contains("?") ? "&" : "?") + "lang=" + language.code();
                var answer = client.get(path);
                String html = answer.body().string();
                assertThat(answer.code()).as(path).isEqualTo(200);
                assertThat(html).as(path).contains("<html lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\">")
                        .contains(page.getValue().get(language)).doesNotContain("???");
                assertThat(RAW_KEY.matcher(html).results().map(m -> m.group()).toList()).as(path + ": message keys shown").isEmpty();
            }
        });
    }

    @Test
    void a_session_s_days_are_written_as_each_language_writes_a_span_of_days() {
        java.time.LocalDate from = java.time.LocalDate.of(2012, 5, 21), to = java.time.LocalDate.of(2012, 6, 4);
        assertThat(Ui.in(Language.EN, () -> Ui.days(from, to))).isEqualTo("21 May\u2009–\u20094 June 2012");
        assertThat(Ui.in(Language.ZH, () -> Ui.days(from, to))).as("the month as a number, as Chinese dates write it").isEqualTo("2012年5月21日\u2009–\u20096月4日");
        assertThat(Ui.in(Language.RU, () -> Ui.days(from, to))).isEqualTo("21 мая — 4 июня 2012\u202fг.");
        assertThat(Ui.in(Language.ES, () -> Ui.days(java.time.LocalDate.of(2011, 12, 28), java.time.LocalDate.of(2012, 1, 4))))
                .isEqualTo("28 de diciembre de 2011\u2009–\u20094 de enero de 2012");
    }

    @Test
    void a_record_that_is_not_there_is_said_so_in_the_reader_s_language() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            var missing = client.get("/recommendations/424242?lang=fr");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(missing.body().string()).contains("Aucune recommandation ne porte l’identifiant 424242.");
            assertThat(client.get("/sessions/999?lang=ru").body().string()).contains("В календаре нет сессии Рабочей группы 999.");
            assertThat(client.get("/states/ZZZ?lang=es").body().string()).contains("No se conoce ningún Estado con el código o el nombre «ZZZ».");
        });
    }

    @Test
    void the_form_of_an_assessment_names_its_problems_beside_the_fields_in_the_reader_s_language() {
        Ui.use(Language.RU);
        try {
            var checked = new org.upright.followup.AssessmentForm("31.12.2020", "done", "", "", "", "ftp://x", "", "", "", "")
                    .check(java.time.LocalDate.of(2012, 5, 21), java.time.LocalDate.of(2025, 1, 1));
            assertThat(checked.problems()).contains(
                    "Дата: запишите её в формате ГГГГ-ММ-ДД (YYYY-MM-DD), например 2024-05-17, а не «31.12.2020».",
                    "Источник: назовите министерство, учреждение или организацию, давшие оценку.",
                    "URL доказательства: адрес, начинающийся с http:// или https://, а не «ftp://x».");
            assertThat(checked.problems()).anyMatch(p -> p.startsWith("Статус: одно из значений not-started"));
        } finally {
            Ui.clear();
        }
    }
}
