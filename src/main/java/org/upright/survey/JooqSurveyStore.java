package org.upright.survey;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link SurveyStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqSurveyStore implements SurveyStore {
    private static final Table<?> SURVEY = table(name("survey"));
    private static final Field<Long> ID = field(name("survey", "id"), Long.class);
    private static final Field<String> SLUG = field(name("survey", "slug"), String.class);
    private static final Field<String> TITLE = field(name("survey", "title"), String.class);
    private static final Field<String> INTRO = field(name("survey", "intro"), String.class);
    private static final Field<String> STATUS = field(name("survey", "status"), String.class);
    private static final Field<Boolean> BY_INVITATION = field(name("survey", "by_invitation"), Boolean.class);
    private static final Field<String> KEY = field(name("survey", "signing_key"), String.class);
    private static final Field<String> CREATED = field(name("survey", "created_at"), String.class);
    private static final Field<String> UPDATED = field(name("survey", "updated_at"), String.class);

    private static final Table<?> QUESTION = table(name("survey_question"));
    private static final Field<Long> Q_ID = field(name("survey_question", "id"), Long.class);
    private static final Field<Long> Q_SURVEY = field(name("survey_question", "survey_id"), Long.class);
    private static final Field<Integer> Q_POSITION = field(name("survey_question", "position"), Integer.class);
    private static final Field<String> Q_KIND = field(name("survey_question", "kind"), String.class);
    private static final Field<String> Q_PROMPT = field(name("survey_question", "prompt"), String.class);
    private static final Field<Boolean> Q_REQUIRED = field(name("survey_question", "required"), Boolean.class);
    private static final Field<String> Q_CHOICES = field(name("survey_question", "choices"), String.class);
    private static final Field<Integer> Q_MIN = field(name("survey_question", "scale_min"), Integer.class);
    private static final Field<Integer> Q_MAX = field(name("survey_question", "scale_max"), Integer.class);
    private static final Field<String> Q_MIN_LABEL = field(name("survey_question", "min_label"), String.class);
    private static final Field<String> Q_MAX_LABEL = field(name("survey_question", "max_label"), String.class);

    private static final Table<?> INVITATION = table(name("survey_invitation"));
    private static final Field<Long> I_ID = field(name("survey_invitation", "id"), Long.class);
    private static final Field<Long> I_SURVEY = field(name("survey_invitation", "survey_id"), Long.class);
    private static final Field<String> I_CREATED = field(name("survey_invitation", "created_at"), String.class);
    private static final Field<String> I_USED = field(name("survey_invitation", "used_at"), String.class);

    private static final Table<?> RESPONSE = table(name("survey_response"));
    private static final Field<Long> R_ID = field(name("survey_response", "id"), Long.class);
    private static final Field<Long> R_SURVEY = field(name("survey_response", "survey_id"), Long.class);
    private static final Field<Long> R_INVITATION = field(name("survey_response", "invitation_id"), Long.class);
    private static final Field<String> R_AT = field(name("survey_response", "submitted_at"), String.class);

    private static final Table<?> ANSWER = table(name("survey_answer"));
    private static final Field<Long> A_RESPONSE = field(name("survey_answer", "response_id"), Long.class);
    private static final Field<Long> A_QUESTION = field(name("survey_answer", "question_id"), Long.class);
    private static final Field<String> A_VALUE = field(name("survey_answer", "value"), String.class);

    /** Choices are stored one per line: a choice is one line of text by construction ({@link QuestionForm}). */
    private static final String CHOICE_SEPARATOR = "\n";

    private final Database db;

    public JooqSurveyStore(Database db) {
        this.db = db;
    }

    @Override
    public List<SurveyLine> all() {
        Field<Integer> questions = field(select(count()).from(QUESTION).where(Q_SURVEY.eq(ID))).as("questions");
        Field<Integer> answers = field(select(count()).from(RESPONSE).where(R_SURVEY.eq(ID))).as("answers");
        return db.dsl().select(ID, SLUG, TITLE, INTRO, STATUS, BY_INVITATION, CREATED, UPDATED, questions, answers).from(SURVEY)
                .orderBy(CREATED.desc(), ID.desc())
                .fetch(r -> new SurveyLine(toSurvey(r), r.get(questions), r.get(answers).longValue()));
    }

    @Override
    public Optional<Survey> byId(SurveyId id) {
        return db.dsl().select(ID, SLUG, TITLE, INTRO, STATUS, BY_INVITATION, CREATED, UPDATED).from(SURVEY)
                .where(ID.eq(id.value())).fetchOptional(JooqSurveyStore::toSurvey);
    }

    @Override
    public Optional<Survey> bySlug(String slug) {
        return db.dsl().select(ID, SLUG, TITLE, INTRO, STATUS, BY_INVITATION, CREATED, UPDATED).from(SURVEY)
                .where(SLUG.eq(slug)).fetchOptional(JooqSurveyStore::toSurvey);
    }

    @Override
    public SurveyId create(SurveyForm.Checked form, String signingKey, String now) {
        Long id = db.dsl().insertInto(SURVEY, SLUG, TITLE, INTRO, STATUS, BY_INVITATION, KEY, CREATED, UPDATED)
                .values(form.slug(), form.title(), form.intro(), SurveyStatus.DRAFT.id(), form.byInvitation(), signingKey, now, now)
                .returningResult(ID).fetchOne(0, Long.class);
        return new SurveyId(id);
    }

    @Override
    public void update(SurveyId id, SurveyForm.Checked form, String now) {
        db.dsl().update(SURVEY).set(SLUG, form.slug()).set(TITLE, form.title()).set(INTRO, form.intro())
                .set(BY_INVITATION, form.byInvitation()).set(UPDATED, now).where(ID.eq(id.value())).execute();
    }

    @Override
    public void status(SurveyId id, SurveyStatus status, String now) {
        db.dsl().update(SURVEY).set(STATUS, status.id()).set(UPDATED, now).where(ID.eq(id.value())).execute();
    }

    @Override
    public String signingKey(SurveyId id) {
        return db.dsl().select(KEY).from(SURVEY).where(ID.eq(id.value())).fetchOne(KEY);
    }

    @Override
    public List<Question> questions(SurveyId id) {
        return db.dsl().select(Q_ID, Q_POSITION, Q_KIND, Q_PROMPT, Q_REQUIRED, Q_CHOICES, Q_MIN, Q_MAX, Q_MIN_LABEL, Q_MAX_LABEL)
                .from(QUESTION).where(Q_SURVEY.eq(id.value())).orderBy(Q_POSITION, Q_ID).fetch(JooqSurveyStore::toQuestion);
    }

    @Override
    public long addQuestion(SurveyId id, QuestionForm.Checked q, String now) {
        Integer last = db.dsl().select(max(Q_POSITION)).from(QUESTION).where(Q_SURVEY.eq(id.value())).fetchOne(0, Integer.class);
        boolean scale = q.kind() == QuestionKind.SCALE;
        long question = db.dsl().insertInto(QUESTION, Q_SURVEY, Q_POSITION, Q_KIND, Q_PROMPT, Q_REQUIRED, Q_CHOICES, Q_MIN, Q_MAX,
                        Q_MIN_LABEL, Q_MAX_LABEL)
                .values(id.value(), last == null ? 1 : last + 1, q.kind().id(), q.prompt(), q.required(),
                        String.join(CHOICE_SEPARATOR, q.choices()), scale ? q.scaleMin() : null, scale ? q.scaleMax() : null,
                        q.minLabel(), q.maxLabel())
                .returningResult(Q_ID).fetchOne(0, Long.class);
        touch(id, now);
        return question;
    }

    @Override
    public boolean removeQuestion(SurveyId id, long question, String now) {
        int removed = db.dsl().deleteFrom(QUESTION).where(Q_SURVEY.eq(id.value()).and(Q_ID.eq(question))).execute();
        if (removed == 0) return false;
        List<Long> order = questions(id).stream().map(Question::id).toList();
        for (int i = 0; i < order.size(); i++) position(order.get(i), i + 1);
        touch(id, now);
        return true;
    }

    @Override
    public boolean moveQuestion(SurveyId id, long question, boolean up, String now) {
        List<Long> order = new ArrayList<>(questions(id).stream().map(Question::id).toList());
        int at = order.indexOf(question);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) return false;
        order.set(at, order.get(to));
        order.set(to, question);
        for (int i = 0; i < order.size(); i++) position(order.get(i), i + 1);
        touch(id, now);
        return true;
    }

    @Override
    public List<Long> createInvitations(SurveyId id, int count, String now) {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(db.dsl().insertInto(INVITATION, I_SURVEY, I_CREATED).values(id.value(), now)
                    .returningResult(I_ID).fetchOne(0, Long.class));
        }
        return made;
    }

    @Override
    public List<Invitation> invitations(SurveyId id) {
        return db.dsl().select(I_ID, I_CREATED, I_USED).from(INVITATION).where(I_SURVEY.eq(id.value())).orderBy(I_ID)
                .fetch(r -> new Invitation(r.get(I_ID), r.get(I_CREATED), r.get(I_USED)));
    }

    @Override
    public Optional<Invitation> invitation(SurveyId id, long number) {
        return db.dsl().select(I_ID, I_CREATED, I_USED).from(INVITATION).where(I_SURVEY.eq(id.value()).and(I_ID.eq(number)))
                .fetchOptional(r -> new Invitation(r.get(I_ID), r.get(I_CREATED), r.get(I_USED)));
    }

    @Override
    public boolean useInvitation(SurveyId id, long invitation, String now) {
        // one statement that only changes an unused invitation: of two answers racing with one link, one wins
        return db.dsl().update(INVITATION).set(I_USED, now)
                .where(I_SURVEY.eq(id.value()).and(I_ID.eq(invitation)).and(I_USED.isNull())).execute() == 1;
    }

    @Override
    public long saveResponse(SurveyId id, Long invitation, Map<Long, List<String>> answers, String now) {
        long response = db.dsl().insertInto(RESPONSE, R_SURVEY, R_INVITATION, R_AT).values(id.value(), invitation, now)
                .returningResult(R_ID).fetchOne(0, Long.class);
        var insert = db.dsl().insertInto(ANSWER, A_RESPONSE, A_QUESTION, A_VALUE);
        boolean any = false;
        for (Map.Entry<Long, List<String>> a : answers.entrySet()) {
            for (String value : a.getValue()) {
                insert = insert.values(response, a.getKey(), value);
                any = true;
            }
        }
        if (any) insert.execute();
        return response;
    }

    @Override
    public List<Response> responses(SurveyId id) {
        Map<Long, Map<Long, List<String>>> answers = new LinkedHashMap<>();
        db.dsl().select(A_RESPONSE, A_QUESTION, A_VALUE).from(ANSWER).join(RESPONSE).on(R_ID.eq(A_RESPONSE))
                .where(R_SURVEY.eq(id.value())).orderBy(A_RESPONSE, A_QUESTION)
                .forEach(r -> answers.computeIfAbsent(r.get(A_RESPONSE), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.get(A_QUESTION), k -> new ArrayList<>()).add(r.get(A_VALUE)));
        return db.dsl().select(R_ID, R_AT, R_INVITATION).from(RESPONSE).where(R_SURVEY.eq(id.value())).orderBy(R_AT, R_ID)
                .fetch(r -> new Response(r.get(R_ID), r.get(R_AT), r.get(R_INVITATION) != null,
                        answers.getOrDefault(r.get(R_ID), Map.of())));
    }

    @Override
    public boolean deleteResponse(SurveyId id, long response) {
        boolean held = db.dsl().fetchExists(RESPONSE, R_SURVEY.eq(id.value()).and(R_ID.eq(response)));
        if (!held) return false;
        db.dsl().deleteFrom(ANSWER).where(A_RESPONSE.eq(response)).execute();
        db.dsl().deleteFrom(RESPONSE).where(R_ID.eq(response)).execute();
        return true;
    }

    private void position(long question, int position) {
        db.dsl().update(QUESTION).set(Q_POSITION, position).where(Q_ID.eq(question)).execute();
    }

    private void touch(SurveyId id, String now) {
        db.dsl().update(SURVEY).set(UPDATED, now).where(ID.eq(id.value())).execute();
    }

    private static Survey toSurvey(Record r) {
        return new Survey(new SurveyId(r.get(ID)), r.get(SLUG), r.get(TITLE), r.get(INTRO), SurveyStatus.of(r.get(STATUS)),
                Boolean.TRUE.equals(r.get(BY_INVITATION)), r.get(CREATED), r.get(UPDATED));
    }

    private static Question toQuestion(Record r) {
        String choices = r.get(Q_CHOICES);
        return new Question(r.get(Q_ID), r.get(Q_POSITION), QuestionKind.parse(r.get(Q_KIND)).orElseThrow(), r.get(Q_PROMPT),
                Boolean.TRUE.equals(r.get(Q_REQUIRED)), choices.isEmpty() ? List.of() : List.of(choices.split(CHOICE_SEPARATOR)),
                r.get(Q_MIN) == null ? 0 : r.get(Q_MIN), r.get(Q_MAX) == null ? 0 : r.get(Q_MAX), r.get(Q_MIN_LABEL), r.get(Q_MAX_LABEL));
    }
}
