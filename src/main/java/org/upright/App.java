package org.upright;

import java.util.List;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.upright.calendar.CalendarRoutes;
import org.upright.calendar.CalendarService;
import org.upright.calendar.JooqScheduleStore;
import org.upright.alert.FeedRoutes;
import org.upright.cases.CaseApiRoutes;
import org.upright.cases.CaseRoutes;
import org.upright.cases.CaseService;
import org.upright.cases.JooqCaseStore;
import java.util.Optional;
import org.upright.account.AccountRoutes;
import org.upright.account.AccountService;
import org.upright.account.JooqAccountStore;
import org.upright.account.UserAdminRoutes;
import org.upright.analytics.Brief;
import org.upright.analytics.BriefRoutes;
import org.upright.analytics.BriefService;
import org.upright.analytics.Charts;
import org.upright.analytics.LobbyingService;
import org.upright.analytics.StatsApiRoutes;
import org.upright.analytics.StatsRoutes;
import org.upright.analytics.StatsService;
import org.upright.audit.AuditRoutes;
import org.upright.audit.AuditService;
import org.upright.audit.JooqAuditStore;
import org.upright.classify.ClassificationRoutes;
import org.upright.classify.ClassificationService;
import org.upright.classify.JooqSuggestionStore;
import org.upright.document.DocumentApiRoutes;
import org.upright.document.DocumentRoutes;
import org.upright.document.DocumentService;
import org.upright.document.DraftDecisions;
import org.upright.document.JooqDocumentStore;
import org.upright.document.Linker;
import org.upright.evidence.Extractor;
import org.upright.evidence.Link;
import org.upright.incident.IncidentRoutes;
import org.upright.incident.IncidentService;
import org.upright.incident.JooqIncidentStore;
import org.upright.common.StateCode;
import org.upright.common.ChangeEvents;
import org.upright.followup.FollowUpApiRoutes;
import org.upright.followup.FollowUpRoutes;
import org.upright.followup.FollowUpService;
import org.upright.followup.JooqAssessmentStore;
import org.upright.common.Viewer;
import org.upright.common.ChangeLogRead;
import org.upright.config.Settings;
import org.upright.export.ExportService;
import org.upright.home.HomeRoutes;
import org.upright.home.HomeService;
import org.upright.ingest.ImportService;
import org.upright.ingest.JooqSourceFileStore;
import org.upright.recommendation.JooqRecommendationStore;
import org.upright.recommendation.RecommendationApiRoutes;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationRoutes;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.review.JooqReviewStore;
import org.upright.review.ReviewApiRoutes;
import org.upright.review.ReviewRoutes;
import org.upright.review.ReviewService;
import org.upright.search.ProgressLine;
import org.upright.search.SearchApiRoutes;
import org.upright.search.SearchHit;
import org.upright.search.SearchPage;
import org.upright.search.SearchRoutes;
import org.upright.search.SearchService;
import org.upright.state.JooqStateStore;
import org.upright.state.StateApiRoutes;
import org.upright.state.StateDirectory;
import org.upright.state.StateLookup;
import org.upright.state.StatePages;
import org.upright.state.StateRoutes;
import org.upright.store.ChangeLog;
import org.upright.store.ChangeLogFollower;
import org.upright.store.Database;
import org.upright.web.ResponseCache;
import org.upright.web.ApiRoutes;
import org.upright.web.Auth;
import org.upright.web.Chrome;
import org.upright.web.Errors;
import org.upright.web.Json;

/** The composition root: settings → database → stores → services → web routes. */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final Database db;
    private final ChangeEvents events = new ChangeEvents();
    private final StateDirectory states;
    private final StateLookup lookup;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ImportService importer;
    private final SearchService search;
    private final ClassificationService classification;
    private final CaseService cases;
    private final FollowUpService followUp;
    private final AccountService accounts;
    private final AuditService audit;
    private final HomeService home;
    private final IncidentService incidents;
    private final DocumentService documents;
    private final DraftDecisions drafts;
    private final CalendarService calendar;
    private final StatsService stats;
    private final LobbyingService lobbying;
    private Javalin server;
    private ChangeLogFollower follower;

    public App(Settings settings) {
        this.settings = settings;
        this.db = Database.open(settings.dataDir(), settings.databaseUrl());
        this.states = StateDirectory.load();
        // first, so the audit log hears every event the other services announce
        this.audit = new AuditService(new JooqAuditStore(db), events);
        this.accounts = new AccountService(new JooqAccountStore(db), db, events);
        new JooqStateStore(db).sync(states.all());
        JooqReviewStore reviewStore = new JooqReviewStore(db);
        JooqRecommendationStore recommendationStore = new JooqRecommendationStore(db);
        this.reviews = new ReviewService(reviewStore);
        this.recommendations = new RecommendationService(recommendationStore);
        this.importer = new ImportService(db, states, reviewStore, recommendationStore, new JooqSourceFileStore(db), events);
        // suggestions for imported recommendations, on a background thread, when the data folder has a model
        this.classification = new ClassificationService(recommendations, new JooqSuggestionStore(db),
                settings.dataDir().resolve("model"), states, events);
        events.subscribe(RecommendationsChanged.class, classification::onChange);
        this.lookup = new StateLookup(states);
        this.home = new HomeService(recommendations, reviews, lookup, events);
        this.cases = new CaseService(db, new JooqCaseStore(db), text -> lookup.find(text).map(s -> s.code()),
                id -> recommendations.recommendation(id).isPresent(), events);
        this.calendar = new CalendarService(reviews, new JooqScheduleStore(db), lookup, events, Clock.systemDefaultZone());
        this.followUp = new FollowUpService(db, new JooqAssessmentStore(db), recommendations, reviews,
                text -> lookup.find(text).map(s -> s.code()), events);
        // the index lives in the data folder even when the record is in PostgreSQL; current, it opens in milliseconds
        this.search = SearchService.open(settings.dataDir().resolve("index"), recommendations, reviews, states, events,
                ProgressLine.toStderr(), db.changeLog().window());
        this.incidents = new IncidentService(new JooqIncidentStore(db), events);
        JooqDocumentStore documentStore = new JooqDocumentStore(db);
        this.documents = new DocumentService(db, documentStore, new Extractor(states), linker(),
                text -> lookup.find(text).map(s -> s.code()), events);
        this.drafts = new DraftDecisions(db, documents, documentStore, cases, incidents, events);
        this.stats = new StatsService(search, lookup);
        this.lobbying = new LobbyingService(search, lookup);
    }

    /** What a document's draft links to: recommendations by the search engine, persons to cases of the same name. */
    private Linker linker() {
        return new Linker() {
            @Override
            public List<Link> recommendations(String text, StateCode state, int count) {
                return search.similarToText(text, state, count).stream().map(h -> new Link(h.id().value(), h.score())).toList();
            }

            @Override
            public Optional<Long> caseNamed(Viewer viewer, String name, StateCode state) {
                return cases.find(viewer, state, name, 20).stream().filter(c -> c.name().equalsIgnoreCase(name))
                        .map(c -> c.id().value()).findFirst();
            }
        };
    }

    /**
     * Follows the database's change log from where the search index got to, announcing on the event bus what
     * other processes (other web nodes, a command-line import) changed — and this one's own changes a second time,
     * which listeners apply idempotently. Serving starts it; commands that run and exit do not need it.
     */
    public synchronized void followChangeLog() {
        if (follower != null) return;
        follower = new ChangeLogFollower(db.changeLog(), search.changeLogPosition(), db.changeLogReread(),
                settings.changeLogRetention(), (entries, position) -> {
                    List<RecommendationId> ids = entries.stream().filter(e -> e.topic().equals(ChangeLog.RECOMMENDATION))
                            .flatMap(e -> e.ids().stream()).distinct().map(RecommendationId::new).toList();
                    if (!ids.isEmpty()) events.publish(new RecommendationsChanged(ids, true));
                    events.publish(new ChangeLogRead(position));
                });
        follower.start();
    }

    /** The web application with every feature's routes; not started. */
    public Javalin web() {
        StatePages statePages = new StatePages(lookup, reviews, recommendations, events);
        Charts charts = new Charts(stats);
        BriefService briefs = new BriefService(stats, lobbying, reviews, this::briefCases);
        ExportService exports = new ExportService(search, recommendations, reviews, lookup, events);
        RecommendationRoutes.SimilarFinder similar = (id, count) ->
                search.moreLikeThis(id, count).stream().map(SearchHit::id).toList();
        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(Json.mapper());
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            // a search keeps its whole state in the URL and a query may run to 10,000 characters (several times that
            // percent-encoded): Jetty's default 8 KiB request line would refuse it with a bare 414
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            Errors.register(config.routes);
            Auth.register(config.routes, authenticator(), settings.trustProxy());
            if (Settings.responseCache()) {
                ResponseCache cache = ResponseCache.register(config.routes, search::generation);
                // every announced change but the change-log follower's "read up to here", which comes with every poll
                events.subscribe(Object.class, event -> {
                    if (!(event instanceof ChangeLogRead)) cache.forget();
                });
            }
            // accounts and the audit log
            AccountRoutes.register(config.routes, accounts);
            UserAdminRoutes.register(config.routes, accounts);
            AuditRoutes.register(config.routes, audit);
            // pages
            HomeRoutes.register(config.routes, home, charts::home);
            StateRoutes.register(config.routes, lookup, statePages, charts::state);
            ReviewRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationRoutes.register(config.routes, recommendations, lookup, similar);
            SearchRoutes.register(config.routes, search, exports, lookup, this::caseLinks);
            ClassificationRoutes.register(config.routes, classification);
            CaseRoutes.register(config.routes, cases, recommendations, lookup);
            DocumentRoutes.register(config.routes, documents, drafts, lookup,
                    id -> recommendations.recommendation(new RecommendationId(id)).map(r -> r.text()).orElse(""));
            IncidentRoutes.register(config.routes, incidents, recommendations, lookup);
            CalendarRoutes.register(config.routes, calendar, lookup);
            FeedRoutes.register(config.routes, recommendations, reviews, lookup);
            FollowUpRoutes.register(config.routes, followUp, lookup);
            StatsRoutes.register(config.routes, stats, lookup);
            BriefRoutes.register(config.routes, briefs, lobbying, stats, lookup);
            // JSON API v1
            ApiRoutes.register(config.routes);
            StateApiRoutes.register(config.routes, lookup, statePages);
            ReviewApiRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationApiRoutes.register(config.routes, recommendations, lookup);
            SearchApiRoutes.register(config.routes, search, exports, recommendations, lookup);
            CaseApiRoutes.register(config.routes, cases, lookup);
            DocumentApiRoutes.register(config.routes, documents, drafts, lookup);
            FollowUpApiRoutes.register(config.routes, followUp, lookup);
            StatsApiRoutes.register(config.routes, stats, lobbying, lookup);
        });
    }

    /** The cases and documents a search page lists beside its hits: those the viewer may see that hold the query's words. */
    private List<SearchPage.Link> caseLinks(Viewer viewer, String query) {
        List<SearchPage.Link> links = new java.util.ArrayList<>(cases.find(viewer, null, query, 5).stream()
                .map(c -> new SearchPage.Link(c.name() + " (" + lookup.ref(c.state()).name() + ")", "/cases/" + c.id())).toList());
        if (query != null && !query.isBlank()) {
            documents.find(viewer, null, query, 5).forEach(d -> links.add(new SearchPage.Link(d.title() + " (document)", "/documents/" + d.id())));
        }
        return links;
    }

    /** The cases of a state the viewer may see, for its brief: a public reader never gets a private case. */
    private List<Brief.CaseLine> briefCases(Viewer viewer, org.upright.common.StateCode state) {
        return cases.find(viewer, state, null, 50).stream()
                .map(c -> new Brief.CaseLine(c.name(), c.status(), c.summary(), "/cases/" + c.id())).toList();
    }

    /** What web/ needs from accounts to know who is asking. */
    private Auth.Authenticator authenticator() {
        return new Auth.Authenticator() {
            @Override
            public Optional<Chrome.Current> session(String id, String address) {
                return accounts.session(id, address).map(s -> new Chrome.Current(s.viewer(), s.csrf()));
            }

            @Override
            public Optional<Viewer> bearer(String token, String address) {
                return accounts.bearer(token, address);
            }
        };
    }

    /** Starts the web server on the configured host and port. */
    public Javalin serve() {
        server = web().start(settings.host(), settings.port());
        followChangeLog();
        return server;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return db;
    }

    public StateDirectory states() {
        return states;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public RecommendationService recommendations() {
        return recommendations;
    }

    public ImportService importer() {
        return importer;
    }

    public ChangeEvents events() {
        return events;
    }

    public ClassificationService classification() {
        return classification;
    }

    public CaseService cases() {
        return cases;
    }

    public DocumentService documents() {
        return documents;
    }

    public DraftDecisions drafts() {
        return drafts;
    }

    public IncidentService incidents() {
        return incidents;
    }

    public FollowUpService followUp() {
        return followUp;
    }

    public AccountService accounts() {
        return accounts;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public AuditService audit() {
        return audit;
    }

    public SearchService search() {
        return search;
    }

    public StatsService stats() {
        return stats;
    }

    public LobbyingService lobbying() {
        return lobbying;
    }

    @Override
    public void close() {
        if (server != null) server.stop();
        synchronized (this) {
            if (follower != null) follower.close();
        }
        classification.close();
        search.close();
        db.close();
    }
}
