package org.upright.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.upright.i18n.Ui;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/**
 * Cases for whoever asks: a viewer sees only what their role may see (the public only public cases and public
 * sources), a private case is answered as if it did not exist, and only editors change cases. Every change is
 * announced, and audited with what it was before.
 */
public final class CaseService {
    private final Database db;
    private final CaseStore store;
    private final Function<String, Optional<StateCode>> states;
    private final Predicate<RecommendationId> recommendationExists;
    private final ChangeEvents events;

    public CaseService(Database db, CaseStore store, Function<String, Optional<StateCode>> states,
                       Predicate<RecommendationId> recommendationExists, ChangeEvents events) {
        this.db = db;
        this.store = store;
        this.states = states;
        this.recommendationExists = recommendationExists;
        this.events = events;
    }

    /** The cases the viewer may see, of one state or all, holding every word of the query (newest change first). */
    public List<Case> find(Viewer viewer, StateCode state, String query, int limit) {
        return store.find(Visibility.seenBy(viewer.role()), state, CaseWords.of(query), Math.max(1, Math.min(limit, 500)));
    }

    public long count(Viewer viewer, StateCode state) {
        return store.count(Visibility.seenBy(viewer.role()), state);
    }

    /** The case when the viewer may see it; empty when there is none or the viewer may not see it. */
    public Optional<Case> find(Viewer viewer, CaseId id) {
        return store.byId(id).filter(c -> c.visibility().seenBy(viewer));
    }

    /** The case with what the viewer may see of it; empty when there is none or the viewer may not see it. */
    public Optional<CaseDetail> detail(Viewer viewer, CaseId id) {
        Set<Visibility> visible = Visibility.seenBy(viewer.role());
        return find(viewer, id)
                .map(c -> new CaseDetail(c, store.timeline(id), store.sources(id, visible), store.recommendations(id)));
    }

    /** The cases bearing on a recommendation that the viewer may see. */
    public List<Case> bearingOn(Viewer viewer, RecommendationId recommendation) {
        return store.bearingOn(recommendation, Visibility.seenBy(viewer.role()));
    }

    public CaseId create(Viewer viewer, CaseForm form) {
        mayEdit(viewer);
        CaseForm.Checked checked = valid(form);
        CaseId id = db.transaction(() -> {
            CaseId made = store.create(checked, now());
            refold(made);
            return made;
        });
        changed(viewer, "case.create", id, null, fields(checked));
        return id;
    }

    public void update(Viewer viewer, CaseId id, CaseForm form) {
        mayEdit(viewer);
        CaseForm.Checked checked = valid(form);
        Case before = db.transaction(() -> {
            Case old = store.byId(id).orElseThrow(() -> new CaseException(List.of("There is no case " + id + ".")));
            store.update(id, checked, now());
            refold(id);
            return old;
        });
        changed(viewer, "case.update", id, fields(before), fields(checked));
    }

    /** Adds a step to the timeline: a date (YYYY-MM-DD, not in the future) and what happened. */
    public void addEvent(Viewer viewer, CaseId id, String date, String text) {
        mayEdit(viewer);
        List<String> problems = new ArrayList<>();
        String on = date == null ? "" : date.strip();
        try {
            if (LocalDate.parse(on).isAfter(LocalDate.now().plusDays(1))) problems.add("Date: " + Ui.text("cases.problem.date_future", on));
        } catch (DateTimeParseException e) {
            problems.add("Date: " + Ui.text("cases.problem.date_form", on));
        }
        String what = text == null ? "" : text.strip();
        if (what.isEmpty()) problems.add("What happened: " + Ui.text("cases.problem.what"));
        if (what.length() > CaseForm.MAX_TEXT) problems.add("What happened: " + Ui.text("cases.problem.too_long", CaseForm.MAX_TEXT));
        if (!problems.isEmpty()) throw new CaseException(problems);
        db.transaction(() -> {
            existing(id);
            store.addEvent(id, on, what, now());
            refold(id);
        });
        changed(viewer, "case.event", id, null, Map.of("date", on, "text", what));
    }

    /** Adds a source; private unless said otherwise, since a source's name can put a person at risk. */
    public void addSource(Viewer viewer, CaseId id, String name, String note, String visibility) {
        mayEdit(viewer);
        List<String> problems = new ArrayList<>();
        String who = CaseForm.clean(name);
        if (who.isEmpty()) problems.add("Source: " + Ui.text("cases.problem.source"));
        if (who.length() > CaseForm.MAX_NAME) problems.add("Source: " + Ui.text("cases.problem.too_long", CaseForm.MAX_NAME));
        String about = note == null ? "" : note.strip();
        if (about.length() > CaseForm.MAX_TEXT) problems.add("Note: " + Ui.text("cases.problem.too_long", CaseForm.MAX_TEXT));
        Visibility v = CaseForm.visibility(visibility, problems);
        if (!problems.isEmpty()) throw new CaseException(problems);
        db.transaction(() -> {
            existing(id);
            store.addSource(id, who, about, v, now());
        });
        changed(viewer, "case.source", id, null, Map.of("source", who, "visibility", v.id()));
    }

    /** Links the case to a recommendation it bears on (one the record holds). */
    public void link(Viewer viewer, CaseId id, RecommendationId recommendation) {
        mayEdit(viewer);
        if (!recommendationExists.test(recommendation)) {
            throw new CaseException(List.of("Recommendation: " + Ui.text("cases.problem.no_recommendation", String.valueOf(recommendation))));
        }
        boolean added = db.transaction(() -> {
            existing(id);
            return store.link(id, recommendation, now());
        });
        if (added) changed(viewer, "case.link", id, null, Map.of("recommendation", recommendation.value()));
    }

    /**
     * Deletes the case with its timeline, sources and links; the audit log keeps what it was. Only editors, and
     * only a case they may see (a private one is answered as if it did not exist).
     */
    public void delete(Viewer viewer, CaseId id) {
        mayEdit(viewer);
        Case gone = find(viewer, id).orElseThrow(() -> new CaseException(List.of("There is no case " + id + ".")));
        Map<String, Object> before = fields(gone);
        db.transaction(() -> {
            before.put("timeline", store.timeline(id).size());
            before.put("sources", store.sources(id, Set.of(Visibility.values())).size());
            before.put("recommendations", store.recommendations(id).stream().map(RecommendationId::value).toList());
            store.delete(id);
        });
        changed(viewer, "case.delete", id, before, null);
    }

    /** Cases that bear on a recommendation made to the state, or are about it, that the viewer may see. */
    public List<Case> concerning(Viewer viewer, StateCode state, int limit) {
        return store.concerning(state, Visibility.seenBy(viewer.role()), Math.max(1, Math.min(limit, 500)));
    }

    /** Folds the words of cases written before their words were kept folded (the first start after V24). */
    public int foldOlderCases() {
        return db.transaction(() -> {
            List<CaseId> unfolded = store.withoutSearchText();
            unfolded.forEach(this::refold);
            return unfolded.size();
        });
    }

    /** Keeps the case's words folded beside it: name, summary and timeline, as a query for it is folded. */
    private void refold(CaseId id) {
        store.byId(id).ifPresent(c -> {
            StringBuilder text = new StringBuilder(c.name()).append('\n').append(c.summary());
            store.timeline(id).forEach(e -> text.append('\n').append(e.text()));
            store.setSearchText(id, CaseWords.fold(text.toString()));
        });
    }

    private void existing(CaseId id) {
        if (store.byId(id).isEmpty()) throw new CaseException(List.of("There is no case " + id + "."));
    }

    private static void mayEdit(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors change cases; ask an admin for the editor role.");
    }

    private CaseForm.Checked valid(CaseForm form) {
        CaseForm.Checked checked = form.check(states);
        if (!checked.valid()) throw new CaseException(checked.problems());
        return checked;
    }

    private void changed(Viewer viewer, String action, CaseId id, Map<String, Object> before, Map<String, Object> after) {
        events.publish(new CasesChanged(id));
        events.publish(new Audited(viewer, action, "case/" + id, before, after, Map.of()));
    }

    private static Map<String, Object> fields(CaseForm.Checked c) {
        return fields(c.name(), c.state(), c.status(), c.summary(), c.visibility());
    }

    private static Map<String, Object> fields(Case c) {
        return fields(c.name(), c.state(), c.status(), c.summary(), c.visibility());
    }

    private static Map<String, Object> fields(String name, StateCode state, String status, String summary, Visibility v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("state", state.value());
        m.put("status", status);
        m.put("summary", summary);
        m.put("visibility", v.id());
        return m;
    }

    private static String now() {
        return Timestamps.of(Instant.now());
    }
}
