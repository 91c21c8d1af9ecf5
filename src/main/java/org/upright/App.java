package org.upright;

import java.util.List;
import java.util.Map;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.upright.calendar.CalendarRoutes;
import org.upright.calendar.CalendarService;
import org.upright.calendar.JooqScheduleStore;
import org.upright.alert.AlertService;
import org.upright.alert.FeedRoutes;
import org.upright.alert.JooqAlertStore;
import org.upright.mail.JooqOutboxStore;
import org.upright.mail.MailAdminRoutes;
import org.upright.mail.MailService;
import org.upright.mail.MailWorker;
import org.upright.mail.SmtpAddress;
import org.upright.mail.SmtpSender;
import org.upright.subscription.Follow;
import org.upright.subscription.FollowCheck;
import org.upright.subscription.Follows;
import org.upright.subscription.JooqSubscriptionStore;
import org.upright.subscription.SubscriptionApiRoutes;
import org.upright.subscription.SubscriptionMails;
import org.upright.subscription.SubscriptionRoutes;
import org.upright.subscription.SubscriptionService;
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
import org.upright.document.Document;
import org.upright.document.DocumentApiRoutes;
import org.upright.document.DocumentId;
import org.upright.document.DocumentsChanged;
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
import org.upright.followup.JooqRepeatStore;
import org.upright.followup.RepeatApiRoutes;
import org.upright.followup.RepeatRoutes;
import org.upright.followup.RepeatService;
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
import org.upright.search.DocumentSearch;
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
import org.upright.survey.AnswerThrottle;
import org.upright.survey.JooqSurveyStore;
import org.upright.survey.SurveyAnswerRoutes;
import org.upright.survey.SurveyApiRoutes;
import org.upright.survey.SurveyRoutes;
import org.upright.survey.SurveyService;
import org.upright.store.ChangeLog;
import org.upright.store.ChangeLogFollower;
import org.upright.store.Database;
import org.upright.web.ResponseCache;
import org.upright.web.ApiRoutes;
import org.upright.web.Auth;
import org.upright.web.Chrome;
import org.upright.web.Errors;
import org.upright.web.ServerErrors;
import org.upright.web.Json;
import org.upright.web.LanguageChoice;
import org.upright.web.SiteAddress;

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
    private final DocumentSearch documentSearch;
    private final ClassificationService classification;
    private final CaseService cases;
    private final FollowUpService followUp;
    private final RepeatService repeats;
    private final AccountService accounts;
    private final AuditService audit;
    private final HomeService home;
    private final IncidentService incidents;
    private final DocumentService documents;
    private final DraftDecisions drafts;
    private final CalendarService calendar;
    private final StatsService stats;
    private final LobbyingService lobbying;
    private final SurveyService surveys;
    private final MailService mail;
    private final SubscriptionService subscriptions;
    private final AlertService alerts;
    private Javalin server;
    private MailWorker mailWorker;
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
        cases.foldOlderCases();
        this.calendar = new CalendarService(reviews, new JooqScheduleStore(db), lookup, events, Clock.systemDefaultZone());
        JooqRepeatStore repeatStore = new JooqRepeatStore(db);
        this.followUp = new FollowUpService(db, new JooqAssessmentStore(db), repeatStore, recommendations, reviews,
                text -> lookup.find(text).map(s -> s.code()), events);
        // the index lives in the data folder even when the record is in PostgreSQL; current, it opens in milliseconds
        this.search = SearchService.open(settings.dataDir().resolve("index"), recommendations, reviews, states, events,
                ProgressLine.toStderr(), db.changeLog().window());
        this.repeats = new RepeatService(db, repeatStore, recommendations, reviews, followUp, search::earlierLike, events,
                Clock.systemUTC());
        this.incidents = new IncidentService(new JooqIncidentStore(db), events);
        JooqDocumentStore documentStore = new JooqDocumentStore(db);
        this.documents = new DocumentService(db, documentStore, new Extractor(states), linker(),
                text -> lookup.find(text).map(s -> s.code()), events);
        this.drafts = new DraftDecisions(db, documents, documentStore, cases, incidents,
                id -> recommendations.recommendation(new org.upright.recommendation.RecommendationId(id)).isPresent(), events);
        // documents are few: their index is rebuilt in memory at each start, then follows each change announced
        this.documentSearch = new DocumentSearch();
        events.subscribe(DocumentsChanged.class, changed -> changed.ids().forEach(this::indexDocument));
        documentSearch.replaceAll(documents.ids().stream().map(documents::forIndex).flatMap(Optional::stream)
                .map(App::documentEntry).toList());
        this.stats = new StatsService(search, lookup);
        this.lobbying = new LobbyingService(search, lookup);
        this.surveys = new SurveyService(db, new JooqSurveyStore(db), events, AnswerThrottle.standard(), Clock.systemUTC());
        // mail: without --smtp there is no sender and mails wait in the outbox
        this.mail = new MailService(new JooqOutboxStore(db),
                Optional.ofNullable(settings.smtp()).map(SmtpAddress::parse).map(SmtpSender::new), Clock.systemUTC());
        SubscriptionMails mails = new SubscriptionMails(this::publicUrl);
        this.subscriptions = new SubscriptionService(db, new JooqSubscriptionStore(db), followCheck(), mail, mails, events, Clock.systemUTC());
        // after search, so a saved search is matched against an index that heard of the change first
        this.alerts = new AlertService(db, new JooqAlertStore(db), subscriptions, recommendations, search, cases, lookup, mail, mails,
                events, Clock.systemUTC());
    }

    /** The site's address for links in mails: --public-url, else this server's own. */
    public String publicUrl() {
        if (settings.publicUrl() != null) return settings.publicUrl();
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        return "http://" + host + ":" + (server != null ? server.port() : settings.port());
    }

    /** What can be followed: a known state (by any name, kept as its code), a public case, a search that parses. */
    private FollowCheck followCheck() {
        return (kind, value) -> switch (kind) {
            case STATE -> lookup.find(value).map(s -> FollowCheck.Result.ok(new Follow(kind, s.code().value())))
                    .orElse(FollowCheck.Result.refused("Follow: no state is called \"" + Follows.shortened(value)
                            + "\"; use a name or an ISO code such as KAZ."));
            case ISSUE, THEME -> Follows.label(kind, value);
            case CASE -> Follows.caseNumber(value).filter(id -> cases.find(Viewer.anonymous("follow"), new org.upright.cases.CaseId(id)).isPresent())
                    .map(id -> FollowCheck.Result.ok(new Follow(kind, Long.toString(id))))
                    .orElse(FollowCheck.Result.refused("Follow: no public case has the number or address \"" + Follows.shortened(value)
                            + "\"; copy it from the case's page, such as /cases/12."));
            case SEARCH -> Follows.search(value, q -> {
                try {
                    search.count(org.upright.search.SearchRequest.of(q));
                    return Optional.empty();
                } catch (org.upright.search.SearchException e) {
                    return Optional.of(e.getMessage());
                }
            });
        };
    }

    private void indexDocument(DocumentId id) {
        documents.forIndex(id).ifPresentOrElse(d -> documentSearch.put(documentEntry(d)), () -> documentSearch.remove(id.value()));
    }

    private static DocumentSearch.Entry documentEntry(Document d) {
        return new DocumentSearch.Entry(d.id().value(), d.title(), d.publisher(), d.publishedOn(),
                d.state() == null ? null : d.state().value(), d.visibility(), d.text());
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
        BriefService briefs = new BriefService(stats, lobbying, reviews, this::briefCases, this::briefEvidence, briefFollowUps());
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
            // and what is longer still gets UPRight's own error page, not the server's bare one
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
            Errors.register(config.routes);
            LanguageChoice.register(config.routes);
            SiteAddress.register(config.routes, settings.publicUrl());
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
            StateRoutes.register(config.routes, lookup, statePages, charts::state, this::casesConcerning);
            ReviewRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationRoutes.register(config.routes, recommendations, lookup, similar, this::casesBearingOn);
            SearchRoutes.register(config.routes, search, documentSearch, exports, lookup, this::caseLinks);
            ClassificationRoutes.register(config.routes, classification);
            CaseRoutes.register(config.routes, cases, recommendations, lookup, this::recommendationsMatching);
            DocumentRoutes.register(config.routes, documents, drafts, lookup,
                    id -> recommendations.recommendation(new RecommendationId(id)).map(r -> r.text()).orElse(""));
            IncidentRoutes.register(config.routes, incidents, recommendations, lookup);
            CalendarRoutes.register(config.routes, calendar, lookup);
            FeedRoutes.register(config.routes, recommendations, reviews, lookup, search);
            SubscriptionRoutes.register(config.routes, subscriptions, mail::sends);
            MailAdminRoutes.register(config.routes, mail);
            FollowUpRoutes.register(config.routes, followUp, lookup);
            RepeatRoutes.register(config.routes, repeats, lookup);
            StatsRoutes.register(config.routes, stats, lookup);
            BriefRoutes.register(config.routes, briefs, lobbying, stats, lookup);
            // editors' pages first: /surveys/new must not be read as the survey at the address "new"
            SurveyRoutes.register(config.routes, surveys);
            SurveyAnswerRoutes.register(config.routes, surveys);
            // JSON API v1
            ApiRoutes.register(config.routes);
            StateApiRoutes.register(config.routes, lookup, statePages);
            ReviewApiRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationApiRoutes.register(config.routes, recommendations, lookup);
            SearchApiRoutes.register(config.routes, search, documentSearch, exports, recommendations, lookup);
            CaseApiRoutes.register(config.routes, cases, lookup);
            DocumentApiRoutes.register(config.routes, documents, drafts, lookup);
            FollowUpApiRoutes.register(config.routes, followUp, lookup);
            RepeatApiRoutes.register(config.routes, repeats);
            StatsApiRoutes.register(config.routes, stats, lobbying, lookup);
            SurveyApiRoutes.register(config.routes, surveys);
            SubscriptionApiRoutes.register(config.routes, subscriptions);
        });
    }

    /** The cases about a state or bearing on a recommendation made to it that the viewer may see: never a private one to the public. */
    private List<org.upright.common.Mention> casesConcerning(Viewer viewer, org.upright.common.StateCode state) {
        return cases.concerning(viewer, state, 50).stream().map(c -> new org.upright.common.Mention(c.name(),
                c.status() + (c.state().equals(state) ? "" : " · " + lookup.ref(c.state()).name()), "/cases/" + c.id())).toList();
    }

    /** The cases linked to a recommendation that the viewer may see. */
    private List<org.upright.common.Mention> casesBearingOn(Viewer viewer, RecommendationId id) {
        return cases.bearingOn(viewer, id).stream().map(c -> new org.upright.common.Mention(c.name(),
                c.status() + " · " + lookup.ref(c.state()).name(), "/cases/" + c.id())).toList();
    }

    /** Recommendations to the state holding the words, best first, for an editor linking a case to one. */
    private List<RecommendationId> recommendationsMatching(String words, org.upright.common.StateCode state, int count) {
        Map<org.upright.search.Facet, List<String>> filters = state == null ? Map.of() : Map.of(org.upright.search.Facet.SUR, List.of(state.value()));
        try {
            return search.search(new org.upright.search.SearchRequest(words, filters, org.upright.search.SearchSort.RELEVANCE, 1, count, false))
                    .hits().stream().map(SearchHit::id).toList();
        } catch (org.upright.search.SearchException e) {
            throw new org.upright.cases.CaseException(List.of("Recommendation: " + e.getMessage()));
        }
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

    /** The asks and incidents confirmed from documents about a state, those the viewer may see, for its brief. */
    private List<Brief.EvidenceLine> briefEvidence(Viewer viewer, org.upright.common.StateCode state) {
        List<Brief.EvidenceLine> lines = new java.util.ArrayList<>();
        for (var i : incidents.find(viewer, state, 50)) {
            String source = documents.find(viewer, new DocumentId(i.document())).map(Document::title).orElse("document " + i.document());
            String what = i.what() + (i.place() == null || i.place().isBlank() ? "" : ", " + i.place())
                    + (i.countText() == null || i.countText().isBlank() ? "" : " (" + i.countText() + ")");
            lines.add(new Brief.EvidenceLine("incident", i.dateFrom(), what, "/incidents/" + i.id().value(), source,
                    "/documents/" + i.document(), incidents.recommendations(i.id()).size()));
        }
        for (var a : documents.asks(viewer, state, 50)) {
            lines.add(new Brief.EvidenceLine("ask", null, a.text(), a.url(), a.documentTitle(), "/documents/" + a.document(), a.links().size()));
        }
        return lines;
    }

    /** The cases of a state the viewer may see, for its brief: a public reader never gets a private case. */
    private List<Brief.CaseLine> briefCases(Viewer viewer, org.upright.common.StateCode state) {
        return cases.find(viewer, state, null, 50).stream()
                .map(c -> new Brief.CaseLine(c.name(), c.status(), c.summary(), "/cases/" + c.id())).toList();
    }

    /** The brief's follow-up sections: the assessments in sentences and the chains of repeats still open. */
    private BriefService.FollowUps briefFollowUps() {
        return new BriefService.FollowUps() {
            @Override
            public List<String> assessments(Viewer viewer, StateCode state) {
                return followUp.assessmentSentences(viewer, state);
            }

            @Override
            public List<Brief.RepeatLine> repeatedAndOpen(Viewer viewer, StateCode state, int limit) {
                return repeats.repeatedAndOpen(viewer, state, limit).stream().map(c -> new Brief.RepeatLine(c.latest().text(),
                        c.chain().sentence(), "/recommendations/" + c.latest().id())).toList();
            }
        };
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
        synchronized (this) {
            mailWorker = new MailWorker(mail, List.of(alerts::queueDigests), MailWorker.EVERY);
        }
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

    public RepeatService repeats() {
        return repeats;
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

    public DocumentSearch documentSearch() {
        return documentSearch;
    }

    public StatsService stats() {
        return stats;
    }

    public LobbyingService lobbying() {
        return lobbying;
    }

    public SurveyService surveys() {
        return surveys;
    }

    public MailService mail() {
        return mail;
    }

    public SubscriptionService subscriptions() {
        return subscriptions;
    }

    public AlertService alerts() {
        return alerts;
    }

    @Override
    public void close() {
        if (server != null) server.stop();
        synchronized (this) {
            if (follower != null) follower.close();
            if (mailWorker != null) mailWorker.close();
        }
        alerts.close();
        classification.close();
        search.close();
        try {
            documentSearch.close();
        } catch (java.io.IOException e) {
            // in memory: nothing is lost by a failed close
        }
        db.close();
    }
}
