package org.upright.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.i18n.Ui;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.Response;
import org.upright.review.Review;
import org.upright.review.ReviewId;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.store.Database;

/**
 * Follow-up of recommendations for whoever asks: the public sees public assessments, accounts all of them, and only
 * editors add, change or set due dates. Every change is audited with what it was before.
 */
public final class FollowUpService {
    private final Database db;
    private final AssessmentStore store;
    private final RepeatStore repeats;
    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final Function<String, Optional<StateCode>> states;
    private final ChangeEvents events;
    private final Clock clock;

    public FollowUpService(Database db, AssessmentStore store, RepeatStore repeats, RecommendationService recommendations,
                           ReviewService reviews, Function<String, Optional<StateCode>> states, ChangeEvents events, Clock clock) {
        this.db = db;
        this.store = store;
        this.repeats = repeats;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    public FollowUpService(Database db, AssessmentStore store, RepeatStore repeats, RecommendationService recommendations,
                           ReviewService reviews, Function<String, Optional<StateCode>> states, ChangeEvents events) {
        this(db, store, repeats, recommendations, reviews, states, events, Clock.systemUTC());
    }

    /** The recommendation's follow-up as the viewer may see it; empty when the record holds no such recommendation. */
    public Optional<FollowUp> followUp(Viewer viewer, RecommendationId id) {
        return recommendations.recommendation(id).map(rec -> {
            LocalDate reviewedOn = reviewedOn(rec);
            List<Assessment> all = store.of(id, Visibility.seenBy(viewer.role()));
            List<Assessment> ignored = all.stream().filter(a -> a.assessedOn().isBefore(reviewedOn)).toList();
            return new FollowUp(rec, reviewedOn, StatusRules.timeline(all, reviewedOn), StatusRules.summarise(all, reviewedOn),
                    ignored, store.dueOf(id, rec.review()));
        });
    }

    /**
     * Whether each recommendation to the state is still open as the viewer sees it, as {@link #followUp} would say, from
     * one read of the state's assessments: for pages that ask it of many recommendations at once.
     */
    public Predicate<Recommendation> openIn(Viewer viewer, StateCode state) {
        Map<RecommendationId, List<Assessment>> assessed = store.ofState(state, Visibility.seenBy(viewer.role()));
        Map<ReviewId, LocalDate> reviewed = new HashMap<>();
        return rec -> StatusRules.summarise(assessed.getOrDefault(rec.id(), List.of()),
                reviewed.computeIfAbsent(rec.review(), r -> reviewedOn(rec))).open();
    }

    /** The assessments of a recommendation the viewer may see, oldest first (those before the review too). */
    public List<Assessment> assessments(Viewer viewer, RecommendationId id) {
        return store.of(id, Visibility.seenBy(viewer.role()));
    }

    public Optional<Assessment> assessment(Viewer viewer, long id) {
        return store.byId(id).filter(a -> a.visibility().seenBy(viewer));
    }

    public Assessment add(Viewer viewer, RecommendationId id, AssessmentForm form) {
        mayEdit(viewer);
        Recommendation rec = existing(id);
        AssessmentForm.Checked checked = valid(form, rec);
        long assessmentId = db.transaction(() -> store.add(id, checked, viewer.name(), now()));
        Assessment saved = store.byId(assessmentId).orElseThrow();
        events.publish(new Audited(viewer, "assessment.add", "recommendation/" + id, null, fields(saved), Map.of("assessment", assessmentId)));
        return saved;
    }

    public Assessment update(Viewer viewer, long assessmentId, AssessmentForm form) {
        mayEdit(viewer);
        Assessment before = store.byId(assessmentId)
                .orElseThrow(() -> new FollowUpException(Ui.text("followup.problem.no_assessment", String.valueOf(assessmentId))));
        AssessmentForm.Checked checked = valid(form, existing(before.recommendation()));
        db.transaction(() -> store.update(assessmentId, checked, now()));
        Assessment after = store.byId(assessmentId).orElseThrow();
        events.publish(new Audited(viewer, "assessment.update", "recommendation/" + before.recommendation(), fields(before),
                fields(after), Map.of("assessment", assessmentId)));
        return after;
    }

    /** What an import did: how many assessments it added, and each row it left out with its line and why. */
    public record Imported(int added, List<AssessmentTable.Reject> rejects) {
    }

    /**
     * Imports a table of assessments (see {@link AssessmentTable}): every row is checked first as the page checks
     * one, then the good rows go in together in one transaction and the others come back with line and reason.
     */
    public Imported importTable(Viewer viewer, String text) {
        mayEdit(viewer);
        return importRows(viewer, AssessmentTable.read(text));
    }

    /** {@link #importTable(Viewer, String)} for a file's bytes: an .xlsx workbook (its first sheet) or CSV text in any encoding. */
    public Imported importFile(Viewer viewer, byte[] bytes) {
        mayEdit(viewer);
        if (AssessmentWorkbook.looksLikeWorkbook(bytes)) return importRows(viewer, AssessmentTable.read(AssessmentWorkbook.rows(bytes)));
        return importRows(viewer, AssessmentTable.read(org.upright.ingest.TextDecoding.decode(bytes)));
    }

    private Imported importRows(Viewer viewer, AssessmentTable.Parsed parsed) {
        List<AssessmentTable.Reject> rejects = new ArrayList<>(parsed.rejects());
        Map<String, List<Recommendation>> reviewsRead = new HashMap<>();
        List<Map.Entry<RecommendationId, AssessmentForm.Checked>> good = new ArrayList<>();
        for (AssessmentTable.Row row : parsed.rows()) {
            try {
                Recommendation rec = recommendationOf(row, reviewsRead);
                good.add(Map.entry(rec.id(), valid(row.form(), rec)));
            } catch (FollowUpException e) {
                rejects.add(new AssessmentTable.Reject(row.line(), e.getMessage()));
            }
        }
        String now = now();
        List<Long> ids = db.transaction(() -> good.stream().map(g -> store.add(g.getKey(), g.getValue(), viewer.name(), now)).toList());
        for (long id : ids) {
            Assessment a = store.byId(id).orElseThrow();
            events.publish(new Audited(viewer, "assessment.import", "recommendation/" + a.recommendation(), null, fields(a), Map.of("assessment", id)));
        }
        rejects.sort(Comparator.comparingInt(AssessmentTable.Reject::line));
        return new Imported(ids.size(), rejects);
    }

    private Recommendation recommendationOf(AssessmentTable.Row row, Map<String, List<Recommendation>> reviewsRead) {
        if (!row.recommendation().isEmpty()) {
            if (!row.recommendation().matches("\\d{1,18}")) {
                throw new FollowUpException(Ui.text("followup.problem.id_number", row.recommendation()));
            }
            return existing(new RecommendationId(Long.parseLong(row.recommendation())));
        }
        StateCode state = states.apply(row.state())
                .orElseThrow(() -> new FollowUpException(Ui.text("followup.problem.state", row.state())));
        if (!row.session().matches("\\d{1,3}")) throw new FollowUpException(Ui.text("followup.problem.session", row.session()));
        int session = Integer.parseInt(row.session());
        List<Recommendation> review = reviewsRead.computeIfAbsent(state.value() + "/" + session,
                k -> recommendations.all(RecommendationFilter.ofReview(state, session)));
        List<Recommendation> found = review.stream().filter(r -> row.paragraph().equals(r.paragraph())).toList();
        if (found.size() != 1) {
            throw new FollowUpException(found.isEmpty()
                    ? Ui.text("followup.problem.no_paragraph", row.paragraph(), state.value(), String.valueOf(session))
                    : Ui.text("followup.problem.several_paragraph", row.paragraph(), state.value(), String.valueOf(session), String.valueOf(found.size())));
        }
        return found.getFirst();
    }

    /** Sets when the next assessment of one recommendation is due. */
    public Due setDue(Viewer viewer, RecommendationId id, String date, String note) {
        mayEdit(viewer);
        existing(id);
        return due(viewer, id, null, date, note);
    }

    /** Sets when the next assessment of every recommendation of a review is due (the mid-term report, say). */
    public Due setDue(Viewer viewer, ReviewId id, String date, String note) {
        mayEdit(viewer);
        if (reviews.review(id).isEmpty()) throw new FollowUpException(Ui.text("followup.problem.no_review", String.valueOf(id)));
        return due(viewer, null, id, date, note);
    }

    /** The mid-term report's usual day: two and a half years after the review. */
    public static LocalDate midTerm(LocalDate reviewedOn) {
        return reviewedOn.plusMonths(30);
    }

    /** Due dates past that no assessment has met, oldest first; only accounts see them, as they name private work. */
    public List<Due> overdue(Viewer viewer, int limit) {
        if (!viewer.can(Role.RESEARCHER)) throw new NotAllowed("The overdue list needs an account with the researcher role.");
        return store.overdue(today(), Math.max(1, Math.min(limit, 1000)));
    }

    /** Counts by cycle for a state, with the assessments the viewer may see; the counts of responses are those of the record. */
    public Scorecard scorecard(Viewer viewer, StateCode state) {
        Map<RecommendationId, List<Assessment>> assessed = store.ofState(state, Visibility.seenBy(viewer.role()));
        Map<Integer, Session> sessions = new HashMap<>();
        reviews.sessions().forEach(s -> sessions.put(s.number(), s));
        Map<Integer, List<Recommendation>> byCycle = new TreeMap<>();
        for (Recommendation r : recommendations.all(new RecommendationFilter(state, List.of(), null, null, null, null, false))) {
            byCycle.computeIfAbsent(r.cycle(), c -> new ArrayList<>()).add(r);
        }
        // until linking has run, nobody knows what was repeated: null, not zero
        Set<RecommendationId> repeating = repeats.lastRun().isPresent() ? repeats.repeatingOf(state) : null;
        List<Scorecard.CycleLine> lines = new ArrayList<>();
        byCycle.forEach((cycle, recs) -> lines.add(line(cycle, recs, assessed, sessions, repeating)));
        return new Scorecard(state, lines);
    }

    /**
     * The assessments the viewer may see in sentences, a cycle at a time: how many recommendations were assessed and
     * what each kind of source's latest word says ("Cycle 2: 3 of 180 recommendations assessed; government: 2 partially
     * implemented, 1 fully implemented."). Empty when none is assessed.
     */
    public List<String> assessmentSentences(Viewer viewer, StateCode state) {
        List<String> lines = new ArrayList<>();
        for (Scorecard.CycleLine c : scorecard(viewer, state).cycles()) {
            if (c.assessed() == 0) continue;
            List<String> kinds = new ArrayList<>();
            c.status().forEach((kind, counts) -> kinds.add(kind.label().toLowerCase(java.util.Locale.ROOT) + ": "
                    + String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " "
                    + e.getKey().label().toLowerCase(java.util.Locale.ROOT)).toList())));
            lines.add("Cycle " + c.cycle() + ": " + c.assessed() + " of " + c.received() + " recommendations assessed"
                    + (kinds.isEmpty() ? "." : "; " + String.join("; ", kinds) + "."));
        }
        return lines;
    }

    private Scorecard.CycleLine line(int cycle, List<Recommendation> recs, Map<RecommendationId, List<Assessment>> assessed,
                                     Map<Integer, Session> sessions, Set<RecommendationId> repeating) {
        Map<Response, Long> responses = new EnumMap<>(Response.class);
        Map<SourceKind, Map<ImplementationStatus, Long>> status = new EnumMap<>(SourceKind.class);
        Map<String, long[]> issues = new HashMap<>();
        long withAssessment = 0;
        long repeatedOpen = 0;
        for (Recommendation r : recs) {
            if (r.response() != null) responses.merge(r.response(), 1L, Long::sum);
            StatusRules.Summary summary = StatusRules.summarise(assessed.getOrDefault(r.id(), List.of()),
                    reviewedOn(sessions.get(r.session())));
            if (summary.assessed()) withAssessment++;
            if (repeating != null && repeating.contains(r.id()) && summary.open()) repeatedOpen++;
            summary.byKind().forEach((kind, s) ->
                    status.computeIfAbsent(kind, k -> new EnumMap<>(ImplementationStatus.class)).merge(s, 1L, Long::sum));
            boolean noted = r.response() == Response.NOTED;
            boolean notImplemented = summary.assessed() && summary.open();
            if (!noted && !notImplemented) continue;
            r.labels().stream().filter(l -> l.kind() == LabelKind.ISSUE && l.origin() != LabelOrigin.MACHINE)
                    .map(l -> l.value()).distinct().forEach(issue -> {
                        long[] n = issues.computeIfAbsent(issue, k -> new long[2]);
                        if (noted) n[0]++;
                        if (notImplemented) n[1]++;
                    });
        }
        List<Scorecard.IssueCount> top = issues.entrySet().stream()
                .map(e -> new Scorecard.IssueCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong((Scorecard.IssueCount i) -> -(i.noted() + i.notImplemented()))
                        .thenComparing(Scorecard.IssueCount::issue))
                .limit(5).toList();
        return new Scorecard.CycleLine(cycle, recs.size(), responses.getOrDefault(Response.SUPPORTED, 0L),
                responses.getOrDefault(Response.NOTED, 0L), responses.getOrDefault(Response.PENDING, 0L), withAssessment,
                status, repeating == null ? null : repeatedOpen, top);
    }

    private Due due(Viewer viewer, RecommendationId rec, ReviewId review, String date, String note) {
        List<String> problems = new ArrayList<>();
        LocalDate on = null;
        String day = AssessmentForm.clean(date);
        try {
            on = LocalDate.parse(day);
            if (on.isBefore(today())) problems.add(AssessmentForm.problem("due", Ui.text("followup.problem.due_passed", day)));
        } catch (DateTimeParseException e) {
            problems.add(AssessmentForm.problem("due", Ui.text("followup.problem.date_form", "2027-06-30", day)));
        }
        String what = note == null ? "" : note.strip();
        if (what.length() > AssessmentForm.MAX_TEXT) problems.add(AssessmentForm.problem("note", Ui.text("followup.problem.too_long", AssessmentForm.MAX_TEXT)));
        if (!problems.isEmpty()) throw new FollowUpException(problems);
        LocalDate dueOn = on;
        String now = now();
        long id = db.transaction(() -> store.addDue(rec, review, dueOn, what, viewer.name(), now));
        Due due = new Due(id, rec, review, dueOn, what, viewer.name(), now);
        events.publish(new Audited(viewer, "assessment.due", due.target(), null, Map.of("due_on", dueOn.toString(), "note", what), Map.of()));
        return due;
    }

    /** The first day of the recommendation's review session (its year's first day when the UN calendar gives no dates). */
    public LocalDate reviewedOn(Recommendation rec) {
        return reviews.review(rec.review()).map(Review::session).map(FollowUpService::reviewedOn)
                .orElse(LocalDate.of(2008, 1, 1));
    }

    static LocalDate reviewedOn(Session session) {
        if (session == null) return LocalDate.of(2008, 1, 1);
        try {
            return LocalDate.parse(session.startsOn());
        } catch (DateTimeParseException | NullPointerException e) {
            return LocalDate.of(session.year(), 1, 1);
        }
    }

    private Recommendation existing(RecommendationId id) {
        return recommendations.recommendation(id)
                .orElseThrow(() -> new FollowUpException(Ui.text("followup.problem.no_recommendation", String.valueOf(id))));
    }

    private AssessmentForm.Checked valid(AssessmentForm form, Recommendation rec) {
        AssessmentForm.Checked checked = form.check(reviewedOn(rec), today());
        if (!checked.valid()) throw new FollowUpException(checked.problems());
        return checked;
    }

    private static void mayEdit(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors add or change assessments; it needs the editor role.");
    }

    /** An assessment's fields as the API names them: the audit log keeps them before and after a change. */
    static Map<String, Object> fields(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", a.assessedOn().toString());
        m.put("status", a.status().id());
        m.put("source_kind", a.sourceKind().id());
        m.put("source_name", a.sourceName());
        m.put("source_wording", a.sourceWording());
        m.put("evidence_url", a.evidenceUrl());
        m.put("evidence_passage", a.evidencePassage());
        m.put("document_id", a.documentId());
        m.put("note", a.note());
        m.put("visibility", a.visibility().id());
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String now() {
        return Timestamps.of(Instant.now(clock));
    }
}
