package org.upright.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.review.Review;
import org.upright.review.ReviewService;
import org.upright.search.Facet;
import org.upright.state.State;

/** Puts together the advocacy brief of a state for a reader: the record, responses, open issues, cases, who to lobby. */
public final class BriefService {
    /** Issues of the latest review the brief ranks recommending states for, and states per issue. */
    static final int LOBBYING_ISSUES = 3;
    static final int LOBBYING_STATES = 5;
    /** Sessions between a state's reviews from cycle 2 on (one cycle); cycle 1 had 12. */
    private static final int SESSIONS_PER_CYCLE = 14;

    /** The cases a reader may see for a state: the brief never asks the case store itself. */
    public interface CaseFinder {
        List<Brief.CaseLine> visible(Viewer viewer, StateCode state);
    }

    /** What follow-up knows of a state for a reader: the assessments' story and the repeats still open. */
    public interface FollowUps {
        List<String> assessments(Viewer viewer, StateCode state);

        List<Brief.RepeatLine> repeatedAndOpen(Viewer viewer, StateCode state, int limit);
    }

    /** Chains of repeats the brief lists. */
    static final int REPEATS = 10;

    private final StatsService stats;
    private final Charts charts;
    private final LobbyingService lobbying;
    private final ReviewService reviews;
    /** The asks and incidents confirmed from documents about a state that a reader may see. */
    public interface EvidenceFinder {
        List<Brief.EvidenceLine> visible(Viewer viewer, StateCode state);
    }

    private final CaseFinder cases;
    private final EvidenceFinder evidence;
    private final FollowUps followUps;

    public BriefService(StatsService stats, LobbyingService lobbying, ReviewService reviews, CaseFinder cases,
                        EvidenceFinder evidence, FollowUps followUps) {
        this.evidence = evidence;
        this.stats = stats;
        this.charts = new Charts(stats);
        this.lobbying = lobbying;
        this.reviews = reviews;
        this.cases = cases;
        this.followUps = followUps;
    }

    public Brief brief(State state, Viewer viewer) {
        List<Review> held = reviews.reviewsOf(state.code()).stream()
                .sorted(Comparator.comparingInt((Review r) -> r.session().number())).toList();
        List<Brief.ReviewLine> lines = held.stream().map(r -> new Brief.ReviewLine(r.session().number(), r.session().cycle(),
                r.session().localDates(), r.documentSymbol())).toList();
        List<Brief.CaseLine> visible = cases.visible(viewer, state.code());
        List<Brief.EvidenceLine> found = evidence.visible(viewer, state.code());
        if (held.isEmpty()) {
            return new Brief(state.code().value(), state.name(), state.group().title(), lines, null, null, null, List.of(),
                    found, visible, List.of(), List.of());
        }
        Review last = held.getLast();
        String code = state.code().value();
        Chart received = charts.chart("brief-received", Ui.text("brief.chart.received"), Map.of("sur", List.of(code)),
                Facet.CYCLE, StatsService.MAX_ROWS);
        Map<String, List<String>> open = new LinkedHashMap<>();
        open.put("sur", List.of(code));
        open.put("session", List.of(Integer.toString(last.session().number())));
        open.put("response", List.of("Noted", "Pending"));
        Chart openChart = charts.chart("brief-open", Ui.text("brief.chart.open", last.session().number()), open, Facet.ISSUE, Charts.TOP);
        return new Brief(code, state.name(), state.group().title(), lines, next(last), received, openChart,
                followUps.assessments(viewer, state.code()), found, visible, lobbying(state, last),
                followUps.repeatedAndOpen(viewer, state.code(), REPEATS));
    }

    private static String next(Review last) {
        int session = last.session().number() + SESSIONS_PER_CYCLE;
        int year = last.session().year();
        return Ui.text("brief.next", last.session().number(), year, session, year + 4, year + 5);
    }

    /** The issues the state received most at its latest review, each with the states most likely to raise it next. */
    private List<Brief.LobbyingTable> lobbying(State state, Review last) {
        Map<String, List<String>> filters = Map.of("sur", List.of(state.code().value()),
                "session", List.of(Integer.toString(last.session().number())));
        StatsTable issues = stats.table(Charts.query(filters, Facet.ISSUE), LOBBYING_ISSUES);
        List<Brief.LobbyingTable> tables = new ArrayList<>();
        for (StatsTable.Row issue : issues.rows()) {
            LobbyingService.Ranking ranking = lobbying.rank(new LobbyingQuery(state.code(), issue.value(), null, List.of(),
                    LOBBYING_STATES));
            tables.add(new Brief.LobbyingTable(issue.value(), ranking.items()));
        }
        return tables;
    }
}
