package org.upright.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.survey.SurveyWorld.EDITOR;
import static org.upright.survey.SurveyWorld.SLUG;
import static org.upright.survey.SurveyWorld.sheet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.audit.AuditFilter;
import org.upright.common.NotAllowed;
import org.upright.common.PageRequest;

/** Surveys on the real database (SQLite, and PostgreSQL in its pass): what is stored, what is refused, who may read. */
class SurveyServiceTest {
    static final String ADDRESS = "203.0.113.9";

    @TempDir
    Path dir;

    @Test
    void a_published_survey_takes_answers_and_its_results_count_each_choice_in_the_order_offered() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            surveys.answer(SLUG, null, sheet(surveys, id, 1, "Worse", 2, List.of("Privacy", "Fair trial"), 3, "2", 4, "Детские права"), ADDRESS);
            surveys.answer(SLUG, null, sheet(surveys, id, 1, "Worse", 3, "5"), ADDRESS);
            surveys.answer(SLUG, "", sheet(surveys, id, 1, "Better", 2, List.of("Privacy"), 3, "4"), ADDRESS);

            SurveyResults results = surveys.results(EDITOR, id);
            assertThat(results.answers()).isEqualTo(3);
            assertThat(results.questions().get(0).counts()).extracting(SurveyResults.Count::value, SurveyResults.Count::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Better", 1L), org.assertj.core.groups.Tuple.tuple("The same", 0L),
                            org.assertj.core.groups.Tuple.tuple("Worse", 2L));
            assertThat(results.questions().get(1).answered()).isEqualTo(2);
            assertThat(results.questions().get(1).counts()).extracting(SurveyResults.Count::count).containsExactly(2L, 0L, 1L);
            assertThat(results.questions().get(2).mean()).isCloseTo(11 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(results.questions().get(2).counts()).extracting(SurveyResults.Count::value).containsExactly("1", "2", "3", "4", "5");
            assertThat(results.questions().get(3).texts()).containsExactly("Детские права");
        }
    }

    @Test
    void a_wrong_answer_is_refused_with_a_problem_beside_each_question_that_caused_it_and_nothing_is_stored() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            List<Question> q = surveys.detail(EDITOR, id).orElseThrow().questions();
            String tooLong = "x".repeat(AnswerSheet.MAX_TEXT + 1);

            assertThatThrownBy(() -> surveys.answer(SLUG, null, sheet(surveys, id, 2, List.of("Privacy", "Torture"), 3, "6", 4, tooLong), ADDRESS))
                    .isInstanceOfSatisfying(SurveyProblems.class, e -> {
                        assertThat(e.problems()).containsOnlyKeys(q.get(0).field(), q.get(1).field(), q.get(2).field(), q.get(3).field());
                        assertThat(e.problems().get(q.get(0).field())).isEqualTo("This question must be answered.");
                        assertThat(e.problems().get(q.get(1).field())).contains("\"Torture\" is not one of the choices");
                        assertThat(e.problems().get(q.get(2).field())).isEqualTo("Choose one number from 1 to 5.");
                        assertThat(e.problems().get(q.get(3).field())).contains("At most 2,000 characters", "2,001");
                    });
            assertThatThrownBy(() -> surveys.answer(SLUG, null, sheet(surveys, id, 1, List.of("Better", "Worse"), 3, "3"), ADDRESS))
                    .isInstanceOfSatisfying(SurveyProblems.class, e -> assertThat(e.problems()).containsEntry(q.get(0).field(), "Choose one answer only."));
            assertThat(surveys.responses(EDITOR, id)).isEmpty();
        }
    }

    @Test
    void an_unknown_draft_or_closed_survey_takes_no_answer_and_says_which_it_is() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId draft = SurveyWorld.draft(surveys, false);
            AnswerSheet good = sheet(surveys, draft, 1, "Better", 3, "3");
            assertThat(refusal(() -> surveys.answer("no-such-survey", null, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.UNKNOWN);
            assertThat(refusal(() -> surveys.answer(SLUG, null, good, ADDRESS))).as("a draft is not there yet").isEqualTo(AnswerRefused.Reason.UNKNOWN);

            surveys.publish(EDITOR, draft);
            surveys.answer(SLUG, null, good, ADDRESS);
            surveys.close(EDITOR, draft);
            assertThat(refusal(() -> surveys.answer(SLUG, null, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.CLOSED);
            assertThat(refusal(() -> surveys.forAnswering(SLUG, null))).isEqualTo(AnswerRefused.Reason.CLOSED);
            assertThat(surveys.responses(EDITOR, draft)).hasSize(1);
        }
    }

    @Test
    void each_invitation_answers_once_and_a_mistyped_or_foreign_one_not_at_all() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, true);
            List<InvitationLink> links = surveys.invite(EDITOR, id, "3");
            assertThat(links).hasSize(3).allMatch(l -> l.link().startsWith("/surveys/" + SLUG + "?invitation="));
            String first = token(links.get(0));
            AnswerSheet good = sheet(surveys, id, 1, "Better", 3, "3");

            assertThat(refusal(() -> surveys.answer(SLUG, null, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.INVITATION_NEEDED);
            surveys.answer(SLUG, first, good, ADDRESS);
            assertThat(refusal(() -> surveys.answer(SLUG, first, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.INVITATION_USED);
            assertThat(refusal(() -> surveys.forAnswering(SLUG, first))).isEqualTo(AnswerRefused.Reason.INVITATION_USED);
            String second = token(links.get(1));
            String altered = second.substring(0, second.length() - 1) + (second.endsWith("A") ? "B" : "A");
            assertThat(refusal(() -> surveys.answer(SLUG, altered, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.INVITATION_INVALID);
            String otherNumber = (Long.parseLong(second.split("-")[0]) + 100) + second.substring(second.indexOf('-'));
            assertThat(refusal(() -> surveys.answer(SLUG, otherNumber, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.INVITATION_INVALID);

            // another survey's invitation does not open this one, even with a number this survey made
            surveys.create(EDITOR, new SurveyForm("Second", "second", "", "on"));
            SurveyId other = surveys.surveys(EDITOR).stream().filter(l -> l.survey().slug().equals("second")).findFirst().orElseThrow().survey().id();
            surveys.addQuestion(EDITOR, other, new QuestionForm("text", "Why?", "", "", "", "", "", ""));
            surveys.publish(EDITOR, other);
            assertThat(refusal(() -> surveys.answer("second", second, new AnswerSheet(java.util.Map.of()), ADDRESS)))
                    .isEqualTo(AnswerRefused.Reason.INVITATION_INVALID);

            assertThat(surveys.responses(EDITOR, id)).hasSize(1).allMatch(Response::invited);
            assertThat(surveys.invitations(EDITOR, id)).filteredOn(l -> l.invitation().used()).hasSize(1);
        }
    }

    @Test
    void answers_from_one_address_are_throttled_while_another_address_still_answers() {
        try (TestWorld world = TestWorld.empty(dir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
            SurveyService surveys = new SurveyService(world.app().database(), new JooqSurveyStore(world.app().database()),
                    world.app().events(), new AnswerThrottle(3, Duration.ofMinutes(10), clock), clock);
            SurveyId id = SurveyWorld.published(surveys, false);
            AnswerSheet good = sheet(surveys, id, 1, "Better", 3, "3");
            AnswerSheet wrong = sheet(surveys, id, 3, "3");
            surveys.answer(SLUG, null, good, ADDRESS);
            assertThatThrownBy(() -> surveys.answer(SLUG, null, wrong, ADDRESS)).as("a refused answer counts too").isInstanceOf(SurveyProblems.class);
            surveys.answer(SLUG, null, good, ADDRESS);
            assertThat(refusal(() -> surveys.answer(SLUG, null, good, ADDRESS))).isEqualTo(AnswerRefused.Reason.THROTTLED);
            surveys.answer(SLUG, null, good, "198.51.100.7");
            clock.now = clock.now.plus(Duration.ofMinutes(11));
            surveys.answer(SLUG, null, good, ADDRESS);
            assertThat(surveys.responses(EDITOR, id)).hasSize(4);
        }
    }

    @Test
    void deleting_an_answer_on_request_removes_it_from_the_results_and_the_audit_log_keeps_no_word_of_it() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            surveys.answer(SLUG, null, sheet(surveys, id, 1, "Worse", 3, "2", 4, "My neighbour Ivan was detained"), ADDRESS);
            surveys.answer(SLUG, null, sheet(surveys, id, 1, "Better", 3, "4"), ADDRESS);
            long ivan = surveys.responses(EDITOR, id).getFirst().id();

            surveys.deleteResponse(EDITOR, id, ivan);

            SurveyResults results = surveys.results(EDITOR, id);
            assertThat(results.answers()).isEqualTo(1);
            assertThat(results.questions().get(3).texts()).isEmpty();
            assertThat(results.questions().get(0).counts()).extracting(SurveyResults.Count::count).containsExactly(1L, 0L, 0L);
            var audit = world.app().audit().find(new AuditFilter(null, "survey.answer.delete", null, null, null), new PageRequest(1, 10)).items();
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().actor()).isEqualTo(EDITOR.name());
            assertThat(audit.getFirst().target()).isEqualTo("survey/" + id);
            assertThat(audit.getFirst().before()).contains("\"answer\":" + ivan).doesNotContain("Ivan").doesNotContain("Worse");
            assertThatThrownBy(() -> surveys.deleteResponse(EDITOR, id, ivan)).isInstanceOf(SurveyProblems.class).hasMessageContaining("no answer " + ivan);
        }
    }

    @Test
    void only_editors_build_surveys_and_read_their_answers() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.published(surveys, false);
            for (var viewer : List.of(SurveyWorld.RESEARCHER, org.upright.common.Viewer.anonymous(ADDRESS))) {
                assertThatThrownBy(() -> surveys.surveys(viewer)).isInstanceOf(NotAllowed.class);
                assertThatThrownBy(() -> surveys.responses(viewer, id)).isInstanceOf(NotAllowed.class);
                assertThatThrownBy(() -> surveys.results(viewer, id)).isInstanceOf(NotAllowed.class);
                assertThatThrownBy(() -> surveys.create(viewer, new SurveyForm("X", "", "", ""))).isInstanceOf(NotAllowed.class);
            }
        }
    }

    @Test
    void a_published_survey_keeps_its_questions_as_answered_and_a_survey_without_questions_cannot_be_published() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId empty = surveys.create(EDITOR, new SurveyForm("Empty", "", "", ""));
            assertThatThrownBy(() -> surveys.publish(EDITOR, empty)).isInstanceOfSatisfying(SurveyProblems.class,
                    e -> assertThat(e.problems()).containsKey("publish"));
            SurveyId id = SurveyWorld.published(surveys, false);
            long first = surveys.detail(EDITOR, id).orElseThrow().questions().getFirst().id();
            assertThatThrownBy(() -> surveys.addQuestion(EDITOR, id, new QuestionForm("text", "Late", "", "", "", "", "", "")))
                    .isInstanceOf(SurveyProblems.class).hasMessageContaining("can no longer change");
            assertThatThrownBy(() -> surveys.removeQuestion(EDITOR, id, first)).isInstanceOf(SurveyProblems.class);
            assertThat(surveys.detail(EDITOR, id).orElseThrow().questions()).hasSize(4);
        }
    }

    @Test
    void an_editor_orders_the_questions_and_a_taken_address_or_a_bad_question_is_named() {
        try (TestWorld world = TestWorld.empty(dir)) {
            SurveyService surveys = world.app().surveys();
            SurveyId id = SurveyWorld.draft(surveys, false);
            List<Question> before = surveys.detail(EDITOR, id).orElseThrow().questions();
            surveys.moveQuestion(EDITOR, id, before.get(2).id(), true);
            surveys.removeQuestion(EDITOR, id, before.get(0).id());
            assertThat(surveys.detail(EDITOR, id).orElseThrow().questions()).extracting(Question::prompt, Question::position).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("How well informed do you feel?", 1),
                    org.assertj.core.groups.Tuple.tuple("Which rights concern you most?", 2),
                    org.assertj.core.groups.Tuple.tuple("Anything else?", 3));

            assertThatThrownBy(() -> surveys.create(EDITOR, new SurveyForm("Another", SLUG, "", ""))).isInstanceOfSatisfying(SurveyProblems.class,
                    e -> assertThat(e.problems().get("slug")).contains("is taken by the survey \"Human Rights after Brexit\""));
            assertThatThrownBy(() -> surveys.addQuestion(EDITOR, id, new QuestionForm("single", "", "", "Only one", "", "", "", "")))
                    .isInstanceOfSatisfying(SurveyProblems.class, e -> assertThat(e.problems()).containsOnlyKeys("prompt", "choices"));
            assertThatThrownBy(() -> surveys.addQuestion(EDITOR, id, new QuestionForm("scale", "How?", "", "", "1", "50", "", "")))
                    .isInstanceOfSatisfying(SurveyProblems.class, e -> assertThat(e.problems()).containsOnlyKeys("scale"));
            assertThatThrownBy(() -> surveys.invite(EDITOR, id, "lots")).isInstanceOfSatisfying(SurveyProblems.class,
                    e -> assertThat(e.problems().get("count")).contains("from 1 to 1,000"));
            assertThat(surveys.detail(EDITOR, id).orElseThrow().questions()).hasSize(3);
        }
    }

    static String token(InvitationLink link) {
        return link.link().substring(link.link().indexOf("invitation=") + "invitation=".length());
    }

    private static AnswerRefused.Reason refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (AnswerRefused e) {
            return e.reason();
        }
        throw new AssertionError("the answer was taken");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
