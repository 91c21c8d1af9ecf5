package org.upright.survey;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.store.Database;

/**
 * Surveys: editors build, publish and close them and read the answers (personal data, so nobody else may); the
 * public answers an open survey, without an account, once per invitation when the survey asks for one. An answer
 * is stored whole or not at all. Every change an editor makes is audited.
 */
public final class SurveyService {
    /** The most questions one survey asks: a longer one is not answered to the end. */
    static final int MAX_QUESTIONS = 50;
    /** The most invitations made at once. */
    static final int MAX_INVITATIONS = 1_000;

    private final Database db;
    private final SurveyStore store;
    private final ChangeEvents events;
    private final AnswerThrottle throttle;
    private final Clock clock;

    public SurveyService(Database db, SurveyStore store, ChangeEvents events, AnswerThrottle throttle, Clock clock) {
        this.db = db;
        this.store = store;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
    }

    public List<SurveyLine> surveys(Viewer viewer) {
        mayEdit(viewer);
        return store.all();
    }

    /** The survey with its questions, for an editor; empty when there is none. */
    public Optional<SurveyDetail> detail(Viewer viewer, SurveyId id) {
        mayEdit(viewer);
        return store.byId(id).map(s -> new SurveyDetail(s, store.questions(id)));
    }

    public SurveyId create(Viewer viewer, SurveyForm form) {
        mayEdit(viewer);
        SurveyForm.Checked checked = form.check();
        SurveyId id = db.transaction(() -> {
            slugFree(checked.slug(), null);
            return store.create(checked, InvitationTokens.newKey(), now());
        });
        audit(viewer, "survey.create", id, null, fields(checked));
        return id;
    }

    public void update(Viewer viewer, SurveyId id, SurveyForm form) {
        mayEdit(viewer);
        SurveyForm.Checked checked = form.check();
        Survey before = db.transaction(() -> {
            Survey old = draft(id, () -> Ui.text("survey.what.details"));
            slugFree(checked.slug(), id);
            store.update(id, checked, now());
            return old;
        });
        audit(viewer, "survey.update", id, fields(new SurveyForm.Checked(before.title(), before.slug(), before.intro(),
                before.byInvitation())), fields(checked));
    }

    public long addQuestion(Viewer viewer, SurveyId id, QuestionForm form) {
        mayEdit(viewer);
        QuestionForm.Checked q = form.check();
        long question = db.transaction(() -> {
            draft(id, () -> Ui.text("survey.what.questions"));
            if (store.questions(id).size() >= MAX_QUESTIONS) {
                throw SurveyProblems.of("prompt", Ui.text("survey.problem.too_many_questions", MAX_QUESTIONS));
            }
            return store.addQuestion(id, q, now());
        });
        audit(viewer, "survey.question.add", id, null, Map.of("question", question, "kind", q.kind().id(), "prompt", q.prompt()));
        return question;
    }

    public void removeQuestion(Viewer viewer, SurveyId id, long question) {
        mayEdit(viewer);
        db.transaction(() -> {
            draft(id, () -> Ui.text("survey.what.questions"));
            if (!store.removeQuestion(id, question, now())) throw noQuestion(id, question);
        });
        audit(viewer, "survey.question.remove", id, Map.of("question", question), null);
    }

    public void moveQuestion(Viewer viewer, SurveyId id, long question, boolean up) {
        mayEdit(viewer);
        db.transaction(() -> {
            draft(id, () -> Ui.text("survey.what.order"));
            if (store.questions(id).stream().noneMatch(q -> q.id() == question)) throw noQuestion(id, question);
            store.moveQuestion(id, question, up, now());
        });
        audit(viewer, "survey.question.move", id, null, Map.of("question", question, "direction", up ? "up" : "down"));
    }

    /** Opens a draft to answers; from now on its questions stay as they are, since answers are given to them. */
    public void publish(Viewer viewer, SurveyId id) {
        mayEdit(viewer);
        db.transaction(() -> {
            draft(id, () -> Ui.text("survey.what.published"));
            if (store.questions(id).isEmpty()) throw SurveyProblems.of("publish", Ui.text("survey.problem.publish_empty"));
            store.status(id, SurveyStatus.OPEN, now());
        });
        audit(viewer, "survey.publish", id, Map.of("status", "draft"), Map.of("status", "open"));
    }

    /** Stops taking answers; the answers stay for the results until deleted. */
    public void close(Viewer viewer, SurveyId id) {
        mayEdit(viewer);
        db.transaction(() -> {
            Survey s = existing(id);
            if (!s.open()) throw SurveyProblems.of("close", Ui.text("survey.problem.close_not_open", s.status().label()));
            store.status(id, SurveyStatus.CLOSED, now());
        });
        audit(viewer, "survey.close", id, Map.of("status", "open"), Map.of("status", "closed"));
    }

    /** Makes this many invitation links, each good for one answer. */
    public List<InvitationLink> invite(Viewer viewer, SurveyId id, String count) {
        mayEdit(viewer);
        int n = invitationCount(count);
        List<Long> made = db.transaction(() -> {
            Survey s = existing(id);
            if (s.status() == SurveyStatus.CLOSED) throw SurveyProblems.of("count", Ui.text("survey.problem.closed_invitations"));
            return store.createInvitations(id, n, now());
        });
        audit(viewer, "survey.invite", id, null, Map.of("invitations", n));
        java.util.Set<Long> fresh = java.util.Set.copyOf(made);
        return invitations(viewer, id).stream().filter(l -> fresh.contains(l.invitation().id())).toList();
    }

    public List<InvitationLink> invitations(Viewer viewer, SurveyId id) {
        mayEdit(viewer);
        Survey s = existing(id);
        String key = store.signingKey(id);
        return store.invitations(id).stream().map(i -> new InvitationLink(i, link(s, key, i.id()))).toList();
    }

    public SurveyResults results(Viewer viewer, SurveyId id) {
        SurveyDetail detail = detail(viewer, id).orElseThrow(() -> missing(id));
        return SurveyResults.of(detail, store.responses(id));
    }

    /** Every answer, oldest first: personal data, for editors only. */
    public List<Response> responses(Viewer viewer, SurveyId id) {
        mayEdit(viewer);
        existing(id);
        return store.responses(id);
    }

    /**
     * Deletes one answer, as a person who gave it may ask. The audit log keeps that it was deleted and when it was
     * given, never what it said: keeping the words there would defeat the deletion.
     */
    public void deleteResponse(Viewer viewer, SurveyId id, long response) {
        mayEdit(viewer);
        Response gone = db.transaction(() -> {
            Response r = store.responses(id).stream().filter(x -> x.id() == response).findFirst()
                    .orElseThrow(() -> SurveyProblems.of("response", "Survey " + id + " holds no answer " + response + "; it may have been deleted already."));
            store.deleteResponse(id, response);
            return r;
        });
        audit(viewer, "survey.answer.delete", id, Map.of("answer", response, "submitted_at", gone.submittedAt(),
                "questions_answered", gone.answers().size()), null);
    }

    /** The open survey at that address, for the public to answer with the invitation given (null or blank when none). */
    public SurveyDetail forAnswering(String slug, String invitation) {
        Survey s = answerable(slug);
        invitationNumber(s, invitation);
        return new SurveyDetail(s, store.questions(s.id()));
    }

    /** The survey at that address once published (open or closed), for its thank-you page; empty otherwise. */
    public Optional<Survey> published(String slug) {
        return store.bySlug(slug == null ? "" : slug).filter(s -> !s.draft());
    }

    /**
     * Takes the public's answer: throttled per address, checked whole (every problem beside its question), and
     * stored in one transaction with the invitation's use, so a refused answer leaves nothing behind and a link
     * answers once even when two answers race.
     */
    public long answer(String slug, String invitation, AnswerSheet sheet, String address) {
        if (!throttle.admit(address)) throw new AnswerRefused(AnswerRefused.Reason.THROTTLED, throttle.message());
        Survey s = answerable(slug);
        Long number = invitationNumber(s, invitation);
        Map<Long, List<String>> answers = sheet.check(store.questions(s.id()));
        return db.transaction(() -> {
            String now = now();
            if (number != null && !store.useInvitation(s.id(), number, now)) throw used();
            return store.saveResponse(s.id(), number, answers, now);
        });
    }

    /** The survey at the address when it takes answers; refused as unknown (also while a draft) or closed. */
    private Survey answerable(String slug) {
        Survey s = store.bySlug(slug == null ? "" : slug).filter(x -> !x.draft()).orElseThrow(() -> new AnswerRefused(
                AnswerRefused.Reason.UNKNOWN, "No survey is published at this address. Check the link you were given;"
                + " it may have been mistyped or cut short."));
        if (s.status() == SurveyStatus.CLOSED) {
            throw new AnswerRefused(AnswerRefused.Reason.CLOSED, "The survey \"" + s.title() + "\" is closed and takes no more"
                    + " answers. Thank you for your interest.");
        }
        return s;
    }

    /** The invitation's number; null when the survey takes answers without one and none was given. */
    private Long invitationNumber(Survey s, String token) {
        boolean given = token != null && !token.isBlank();
        if (!given) {
            if (s.byInvitation()) throw new AnswerRefused(AnswerRefused.Reason.INVITATION_NEEDED, "This survey is answered by"
                    + " invitation only. Open it with the personal link you were sent; it ends with ?invitation=….");
            return null;
        }
        long number = InvitationTokens.verify(store.signingKey(s.id()), s.id(), token.strip())
                .filter(n -> store.invitation(s.id(), n).isPresent())
                .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.INVITATION_INVALID, "This invitation link is not"
                        + " valid for this survey: it may have been mistyped or cut short. Copy the whole link from the message you were sent."));
        if (store.invitation(s.id(), number).orElseThrow().used()) throw used();
        return number;
    }

    private static AnswerRefused used() {
        return new AnswerRefused(AnswerRefused.Reason.INVITATION_USED, "This invitation link has already been used to answer"
                + " the survey; each link answers once. If you did not answer, ask whoever sent it for a new link.");
    }

    private static int invitationCount(String typed) {
        String t = Text.line(typed);
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= MAX_INVITATIONS) return n;
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw SurveyProblems.of("count", Ui.text("survey.problem.count", MAX_INVITATIONS, t));
    }

    private static String link(Survey s, String key, long invitation) {
        return s.publicUrl() + "?invitation=" + InvitationTokens.token(key, s.id(), invitation);
    }

    private Survey existing(SurveyId id) {
        return store.byId(id).orElseThrow(() -> missing(id));
    }

    /** @param what names what the refused change would touch, asked only when it is refused */
    private Survey draft(SurveyId id, java.util.function.Supplier<String> what) {
        Survey s = existing(id);
        if (!s.draft()) {
            throw SurveyProblems.of("status", Ui.text("survey.problem.not_draft", s.status().label(), what.get()));
        }
        return s;
    }

    private void slugFree(String slug, SurveyId self) {
        store.bySlug(slug).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw SurveyProblems.of("slug", Ui.text("survey.problem.slug_taken", slug, other.title()));
        });
    }

    static SurveyProblems missing(SurveyId id) {
        return SurveyProblems.of("survey", Ui.text("survey.problem.missing", String.valueOf(id)));
    }

    private static SurveyProblems noQuestion(SurveyId id, long question) {
        return SurveyProblems.of("question", Ui.text("survey.problem.no_question", String.valueOf(id), String.valueOf(question)));
    }

    private static void mayEdit(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors build surveys and read their answers; ask an admin for the editor role.");
    }

    private void audit(Viewer viewer, String action, SurveyId id, Map<String, Object> before, Map<String, Object> after) {
        events.publish(new Audited(viewer, action, "survey/" + id, before, after, Map.of()));
    }

    private static Map<String, Object> fields(SurveyForm.Checked c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("slug", c.slug());
        m.put("intro", c.intro());
        m.put("by_invitation", c.byInvitation());
        return m;
    }

    private String now() {
        return Timestamps.of(clock.instant());
    }
}
