package org.upright.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.search.Resemblance;

/**
 * Recommendations repeated across cycles: linking finds, for every recommendation after cycle 1, the earlier ones to
 * the same state it repeats (the search engine proposes a few by their words, the shared issues and themes raise the
 * score), keeps them with people's decisions, and shows a recommendation's links and its chain across cycles.
 */
public final class RepeatService {
    /** Candidates the search engine proposes for each recommendation. */
    static final int CANDIDATES = 10;
    /** The least score a link needs to be kept (see docs/FOLLOW-UP.md for how it was chosen). */
    static final double MIN_SCORE = 0.5;
    /** Links kept per earlier cycle: the same demand is sometimes made twice in one review by different states. */
    static final int PER_CYCLE = 3;
    /** How far shared issues and themes raise a score towards 1 when every label is shared. */
    static final double LABEL_WEIGHT = 0.25;
    /** Recommendations linked per transaction. */
    private static final int BATCH = 500;

    /** The search engine's part: the earlier recommendations to the same state most like each given one. */
    public interface Finder {
        void earlierLike(List<RecommendationId> ids, int count, BiConsumer<RecommendationId, List<Resemblance>> each);
    }

    /** What a linking run did. */
    public record LinkRun(int recommendations, int links, long tookMs) {
    }

    private final org.upright.store.Database db;
    private final RepeatStore store;
    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final FollowUpService followUp;
    private final Finder finder;
    private final ChangeEvents events;
    private final Clock clock;

    public RepeatService(org.upright.store.Database db, RepeatStore store, RecommendationService recommendations,
                         ReviewService reviews, FollowUpService followUp, Finder finder, ChangeEvents events, Clock clock) {
        this.db = db;
        this.store = store;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.followUp = followUp;
        this.finder = finder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Links every recommendation of the record to the earlier ones it repeats, replacing what the last run found;
     * links a person decided on keep their decision. {@code progress} hears how many recommendations are done.
     */
    public LinkRun linkAll(IntConsumer progress) {
        long start = System.nanoTime();
        Map<RecommendationId, Recommendation> all = new HashMap<>();
        List<RecommendationId> later = new ArrayList<>();
        recommendations.forEach(5_000, batch -> batch.stream().filter(r -> !r.pledge()).forEach(r -> {
            all.put(r.id(), r);
            if (r.cycle() > 1) later.add(r.id());
        }));
        List<List<RecommendationId>> batches = new ArrayList<>();
        for (int from = 0; from < later.size(); from += BATCH) batches.add(later.subList(from, Math.min(later.size(), from + BATCH)));
        int[] done = {0, 0};
        // the searches run on every core; the writes, one batch and one transaction at a time
        batches.parallelStream().map(batch -> {
            List<RepeatLink> found = new ArrayList<>();
            finder.earlierLike(batch, CANDIDATES, (id, candidates) -> found.addAll(links(all.get(id), candidates, all)));
            return Map.entry(batch, found);
        }).forEachOrdered(result -> {
            String now = now();
            db.transaction(() -> {
                store.replaceFound(result.getKey(), result.getValue(), now);
                return null;
            });
            done[0] += result.getKey().size();
            done[1] += result.getValue().size();
            progress.accept(done[0]);
        });
        int links = done[1];
        long took = (System.nanoTime() - start) / 1_000_000;
        int linked = links;
        db.transaction(() -> {
            store.recordRun(now(), later.size(), linked, took);
            return null;
        });
        return new LinkRun(later.size(), links, took);
    }

    /** The links kept for one later recommendation: by score, at most {@link #PER_CYCLE} per earlier cycle. */
    static List<RepeatLink> links(Recommendation later, List<Resemblance> candidates, Map<RecommendationId, Recommendation> all) {
        if (later == null) return List.of();
        Set<String> labels = themes(later);
        Map<Integer, Integer> perCycle = new HashMap<>();
        List<RepeatLink> kept = new ArrayList<>();
        candidates.stream()
                .map(c -> scored(later, c, labels, all.get(c.id())))
                .filter(l -> l != null && l.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(RepeatLink::score).reversed())
                .forEach(l -> {
                    int cycle = all.get(l.earlier()).cycle();
                    if (perCycle.merge(cycle, 1, Integer::sum) <= PER_CYCLE) kept.add(l);
                });
        return kept;
    }

    private static RepeatLink scored(Recommendation later, Resemblance c, Set<String> labels, Recommendation earlier) {
        if (earlier == null || earlier.cycle() >= later.cycle()) return null;
        Set<String> theirs = themes(earlier);
        Set<String> shared = new HashSet<>(labels);
        shared.retainAll(theirs);
        Set<String> union = new HashSet<>(labels);
        union.addAll(theirs);
        return new RepeatLink(earlier.id(), later.id(), score(c.similarity(), shared.size(), union.size()), c.similarity(),
                shared.size(), null, null, null);
    }

    /** The texts' resemblance, raised towards 1 by the share of issues and themes both carry. */
    static double score(double text, int shared, int union) {
        double labels = union == 0 ? 0 : (double) shared / union;
        return Math.round((text + (1 - text) * LABEL_WEIGHT * labels) * 10_000) / 10_000.0;
    }

    /** Issues and themes a source or a person gave (machine suggestions wait for a person). */
    private static Set<String> themes(Recommendation r) {
        Set<String> out = new HashSet<>();
        for (Label l : r.labels()) {
            if (l.origin() == LabelOrigin.MACHINE) continue;
            if (l.kind() == LabelKind.ISSUE || l.kind() == LabelKind.THEME) out.add(l.kind() + "\t" + l.value().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The recommendation's links and chain as the viewer may see them; empty for an unknown recommendation. */
    public Optional<Repeats> repeats(Viewer viewer, RecommendationId id) {
        Optional<Recommendation> found = recommendations.recommendation(id);
        if (found.isEmpty()) return Optional.empty();
        List<RepeatLink> links = store.of(id);
        Map<RecommendationId, Recommendation> others = byId(recommendations.recommendations(
                links.stream().map(l -> l.earlier().equals(id) ? l.later() : l.earlier()).toList()));
        return Optional.of(repeats(found.get(), links, others, years(),
                latest -> followUp.followUp(viewer, latest).map(f -> f.summary().open()).orElse(true)));
    }

    private static Repeats repeats(Recommendation rec, List<RepeatLink> links, Map<RecommendationId, Recommendation> others,
                                   Map<Integer, Integer> years, Predicate<RecommendationId> open) {
        RecommendationId id = rec.id();
        List<Repeats.Line> earlier = new ArrayList<>();
        List<Repeats.Line> later = new ArrayList<>();
        List<Repeats.Line> rejected = new ArrayList<>();
        for (RepeatLink l : links) {
            boolean isEarlier = l.later().equals(id);
            Recommendation other = others.get(isEarlier ? l.earlier() : l.later());
            if (other == null) continue;
            Repeats.Line line = new Repeats.Line(other.id(), other.session(), other.cycle(), years.getOrDefault(other.session(), 0),
                    l.score(), l.textScore(), l.sharedLabels(), l.decision(), other.response(), other.text(), isEarlier);
            (l.rejected() ? rejected : isEarlier ? earlier : later).add(line);
        }
        return new Repeats(id, rec.stateUnderReview(), rec.text(), earlier, later, rejected, chain(rec, earlier, later, years, open));
    }

    /** The recommendation and, for each other cycle, its surest link: a confirmed one first, then the best score. */
    private static RepeatChain chain(Recommendation rec, List<Repeats.Line> earlier, List<Repeats.Line> later,
                                     Map<Integer, Integer> years, Predicate<RecommendationId> open) {
        Map<Integer, Repeats.Line> best = new LinkedHashMap<>();
        Comparator<Repeats.Line> surer = Comparator.comparing((Repeats.Line l) -> l.decision() == RepeatLink.Decision.CONFIRMED)
                .thenComparingDouble(Repeats.Line::score);
        for (Repeats.Line l : concat(earlier, later)) {
            if (l.cycle() == rec.cycle()) continue;
            best.merge(l.cycle(), l, (a, b) -> surer.compare(a, b) >= 0 ? a : b);
        }
        List<RepeatChain.Step> steps = new ArrayList<>();
        steps.add(new RepeatChain.Step(rec.id(), rec.session(), rec.cycle(), years.getOrDefault(rec.session(), 0), rec.response()));
        best.values().forEach(l -> steps.add(new RepeatChain.Step(l.id(), l.session(), l.cycle(), l.year(), l.response())));
        RepeatChain.Step latest = steps.stream().max(Comparator.comparingInt(RepeatChain.Step::session)).orElseThrow();
        return new RepeatChain(steps, open.test(latest.id()));
    }

    private static Map<RecommendationId, Recommendation> byId(List<Recommendation> recs) {
        Map<RecommendationId, Recommendation> out = new HashMap<>();
        recs.forEach(r -> out.put(r.id(), r));
        return out;
    }

    private static List<Repeats.Line> concat(List<Repeats.Line> a, List<Repeats.Line> b) {
        List<Repeats.Line> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Map<Integer, Integer> years() {
        Map<Integer, Integer> years = new HashMap<>();
        for (Session s : reviews.sessions()) years.put(s.number(), s.year());
        return years;
    }

    /**
     * A person confirms or rejects the link from {@code later} to {@code earlier}; audited with the decision before and
     * after. Only editors decide.
     */
    public RepeatLink decide(Viewer viewer, RecommendationId later, RecommendationId earlier, String decision) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors confirm or reject repeat links; it needs the editor role.");
        RepeatLink.Decision d = RepeatLink.Decision.parse(decision);
        if (d == null) {
            throw new FollowUpException(Ui.text("repeats.problem.decision", decision == null ? "" : decision.strip()));
        }
        RepeatLink before = store.link(earlier, later).orElseThrow(() -> new FollowUpException(
                Ui.text("repeats.problem.no_link", later, earlier)));
        String now = now();
        db.transaction(() -> {
            store.decide(earlier, later, d, viewer.name(), now);
            return null;
        });
        RepeatLink after = store.link(earlier, later).orElseThrow();
        events.publish(new Audited(viewer, "repeat." + (d == RepeatLink.Decision.CONFIRMED ? "confirm" : "reject"),
                "recommendation/" + later, fields(before), fields(after), Map.of("earlier", earlier.value())));
        return after;
    }

    private static Map<String, Object> fields(RepeatLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("earlier", l.earlier().value());
        m.put("later", l.later().value());
        m.put("score", l.score());
        m.put("decision", l.decision() == null ? null : l.decision().id());
        return m;
    }

    /** The link from {@code later} to {@code earlier}, whatever its decision; empty when linking never made it. */
    public Optional<RepeatLink> link(RecommendationId later, RecommendationId earlier) {
        return store.link(earlier, later);
    }

    /** The end of a chain of repeats: the latest recommendation and the chain's sentence. */
    public record OpenChain(Recommendation latest, RepeatChain chain) {
    }

    /**
     * The state's chains of repeats still open, each by its latest recommendation (one no later one repeats), the
     * longest chains first, then the most recent: what an advocate raises again.
     */
    public List<OpenChain> repeatedAndOpen(Viewer viewer, StateCode state, int limit) {
        // read once for the whole state: a state has hundreds of repeated recommendations
        Set<RecommendationId> repeating = store.repeatingOf(state);
        Map<RecommendationId, List<RepeatLink>> links = new HashMap<>();
        Set<RecommendationId> wanted = new HashSet<>(repeating);
        for (RepeatLink l : store.ofState(state)) {
            links.computeIfAbsent(l.earlier(), k -> new ArrayList<>()).add(l);
            links.computeIfAbsent(l.later(), k -> new ArrayList<>()).add(l);
            wanted.add(l.earlier());
            wanted.add(l.later());
        }
        Map<RecommendationId, Recommendation> recs = byId(recommendations.recommendations(List.copyOf(wanted)));
        Map<Integer, Integer> years = years();
        Predicate<Recommendation> openRec = followUp.openIn(viewer, state);
        Predicate<RecommendationId> open = id -> recs.containsKey(id) ? openRec.test(recs.get(id)) : true;
        List<OpenChain> found = new ArrayList<>();
        for (RecommendationId id : repeating) {
            Recommendation rec = recs.get(id);
            if (rec == null) continue;
            Repeats r = repeats(rec, links.getOrDefault(id, List.of()), recs, years, open);
            if (r.later().isEmpty() && r.chain().open() && r.chain().repeated()) found.add(new OpenChain(rec, r.chain()));
        }
        return found.stream().sorted(Comparator.comparingInt((OpenChain c) -> -c.chain().steps().size())
                        .thenComparing(c -> -c.latest().session()).thenComparing(c -> c.latest().id().value()))
                .limit(Math.max(0, limit)).toList();
    }

    /** When linking last ran over the whole record; empty when it never did. */
    public Optional<String> lastRun() {
        return store.lastRun();
    }

    private String now() {
        return Timestamps.of(Instant.now(clock));
    }
}
