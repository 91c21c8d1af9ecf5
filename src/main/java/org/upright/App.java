package org.upright;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.upright.common.ChangeEvents;
import org.upright.config.Settings;
import org.upright.home.HomeRoutes;
import org.upright.ingest.ImportService;
import org.upright.ingest.JooqSourceFileStore;
import org.upright.recommendation.JooqRecommendationStore;
import org.upright.recommendation.RecommendationApiRoutes;
import org.upright.recommendation.RecommendationRoutes;
import org.upright.recommendation.RecommendationService;
import org.upright.review.JooqReviewStore;
import org.upright.review.ReviewApiRoutes;
import org.upright.review.ReviewRoutes;
import org.upright.review.ReviewService;
import org.upright.state.JooqStateStore;
import org.upright.state.StateApiRoutes;
import org.upright.state.StateDirectory;
import org.upright.state.StateLookup;
import org.upright.state.StatePages;
import org.upright.state.StateRoutes;
import org.upright.store.Database;
import org.upright.web.ApiRoutes;
import org.upright.web.Errors;
import org.upright.web.Json;

/** The composition root: settings → database → stores → services → web routes. */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final Database db;
    private final ChangeEvents events = new ChangeEvents();
    private final StateDirectory states;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ImportService importer;
    private Javalin server;

    public App(Settings settings) {
        this.settings = settings;
        this.db = Database.open(settings.dataDir(), settings.databaseUrl());
        this.states = StateDirectory.load();
        new JooqStateStore(db).sync(states.all());
        JooqReviewStore reviewStore = new JooqReviewStore(db);
        JooqRecommendationStore recommendationStore = new JooqRecommendationStore(db);
        this.reviews = new ReviewService(reviewStore);
        this.recommendations = new RecommendationService(recommendationStore);
        this.importer = new ImportService(db, states, reviewStore, recommendationStore, new JooqSourceFileStore(db), events);
    }

    /** The web application with every feature's routes; not started. */
    public Javalin web() {
        StateLookup lookup = new StateLookup(states);
        StatePages statePages = new StatePages(lookup, reviews, recommendations);
        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(Json.mapper());
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            Errors.register(config.routes);
            // pages
            HomeRoutes.register(config.routes, recommendations, reviews, lookup);
            StateRoutes.register(config.routes, lookup, statePages);
            ReviewRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationRoutes.register(config.routes, recommendations, lookup);
            // JSON API v1
            ApiRoutes.register(config.routes);
            StateApiRoutes.register(config.routes, lookup, statePages);
            ReviewApiRoutes.register(config.routes, reviews, recommendations, lookup);
            RecommendationApiRoutes.register(config.routes, recommendations, lookup);
        });
    }

    /** Starts the web server on the configured host and port. */
    public Javalin serve() {
        server = web().start(settings.host(), settings.port());
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

    @Override
    public void close() {
        if (server != null) server.stop();
        db.close();
    }
}
