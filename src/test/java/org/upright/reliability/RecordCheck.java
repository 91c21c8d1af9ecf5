package org.upright.reliability;

import java.nio.file.Path;
import java.util.Optional;
import org.upright.App;
import org.upright.config.Settings;
import org.upright.search.SearchRequest;

/** What the reliability tests look at in a data folder after the fact, through a fresh App as a restart would. */
record RecordCheck(long recommendations, long searchTotal, long indexed, String fingerprint) {

    /** Opens the data folder as `upright serve` would after a crash, and reads the record and the index. */
    static RecordCheck of(Path dataDir, long upToId) {
        try (App app = new App(new Settings(dataDir, null, 0, "127.0.0.1"))) {
            return of(app, upToId);
        }
    }

    static RecordCheck of(App app, long upToId) {
        long count = number(app, "SELECT count(*) FROM recommendation");
        // the rows committed up to an id: their number, ids, texts, states, labels and sources
        String fingerprint = number(app, "SELECT count(*) FROM recommendation WHERE id <= ?", upToId)
                + "/" + number(app, "SELECT coalesce(sum(id), 0) FROM recommendation WHERE id <= ?", upToId)
                + "/" + number(app, "SELECT coalesce(sum(length(text)), 0) FROM recommendation WHERE id <= ?", upToId)
                + " states " + number(app, "SELECT count(*) FROM recommending_state WHERE recommendation_id <= ?", upToId)
                + " labels " + number(app, "SELECT count(*) FROM label WHERE recommendation_id <= ?", upToId)
                + " sources " + number(app, "SELECT count(*) FROM provenance WHERE recommendation_id <= ?", upToId);
        long total = app.search().search(SearchRequest.of("")).total();
        return new RecordCheck(count, total, app.search().indexed(), fingerprint);
    }

    static long maxId(App app) {
        return number(app, "SELECT coalesce(max(id), 0) FROM recommendation");
    }

    /** How many recommendations the file of that name brought in, when it is recorded as imported. */
    static Optional<Long> importedFrom(App app, String fileName) {
        return Optional.ofNullable(app.database().dsl().fetchOne(
                "SELECT sum(recommendations_new) FROM source_file WHERE name = ?", fileName).get(0, Long.class));
    }

    static long filesNamed(App app, String fileName) {
        return number(app, "SELECT count(*) FROM source_file WHERE name = ?", fileName);
    }

    private static long number(App app, String sql, Object... bindings) {
        return app.database().dsl().fetchOne(sql, bindings).get(0, Long.class);
    }
}
