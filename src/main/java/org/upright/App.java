package org.upright;

import io.javalin.Javalin;
import org.upright.common.ChangeEvents;
import org.upright.config.Settings;
import org.upright.ingest.ImportService;
import org.upright.ingest.JooqSourceFileStore;
import org.upright.recommendation.JooqRecommendationStore;
import org.upright.recommendation.RecommendationService;
import org.upright.review.JooqReviewStore;
import org.upright.review.ReviewService;
import org.upright.state.JooqStateStore;
import org.upright.state.StateDirectory;
import org.upright.store.Database;

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
        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.result("UPRight"));
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
