package org.upright.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.Recommendation;
import org.upright.state.StateDirectory;

/**
 * The baseline the Lucene search is measured against: the record copied into its own SQLite file with an FTS5
 * index on the text, set up as the UHRI dashboard is (Porter stemming, unicode61, diacritics removed). One row
 * per recommendation holds the single-valued facets as columns; the multi-valued ones (recommending states and
 * their groups, issues, themes, groups of persons, SDGs) are rows of {@code rec_facet}, keyed both ways so that
 * filtering by a value and counting the values of a set of hits are both index lookups.
 */
final class Fts5Store {
    static final String TOKENIZE = "porter unicode61 remove_diacritics 2";

    /** Single-valued facet → column of {@code rec}. */
    static final Map<String, String> COLUMNS = Map.of("sur", "sur", "sur_group", "sur_group", "cycle", "cycle",
            "session", "session", "year", "year", "response", "response", "category", "category", "kind", "kind");

    private Fts5Store() {
    }

    /** Creates the database file afresh and fills it; {@code source} hands over the record a batch at a time. */
    static void build(Path file, StateDirectory states, Map<Integer, Integer> yearOfSession,
                      Consumer<Consumer<List<Recommendation>>> source) throws SQLException {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot replace " + file, e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                // a bulk build: nothing to recover if it stops half-way, the file is made again
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -262144");
                s.execute("""
                        CREATE TABLE rec (
                            id INTEGER PRIMARY KEY, text TEXT NOT NULL,
                            sur TEXT COLLATE NOCASE, sur_group TEXT COLLATE NOCASE, cycle INTEGER, session INTEGER,
                            year INTEGER, response TEXT COLLATE NOCASE, category INTEGER, kind TEXT COLLATE NOCASE)""");
                s.execute("""
                        CREATE TABLE rec_facet (
                            rec_id INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL COLLATE NOCASE,
                            PRIMARY KEY (rec_id, facet, value)) WITHOUT ROWID""");
            }
            c.setAutoCommit(false);
            try (PreparedStatement rec = c.prepareStatement("INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement facet = c.prepareStatement("INSERT OR IGNORE INTO rec_facet VALUES (?, ?, ?)")) {
                source.accept(batch -> {
                    try {
                        for (Recommendation r : batch) write(rec, facet, r, states, yearOfSession);
                        rec.executeBatch();
                        facet.executeBatch();
                    } catch (SQLException e) {
                        throw new IllegalStateException("FTS5 build: " + e.getMessage(), e);
                    }
                });
            }
            try (Statement s = c.createStatement()) {
                for (String column : COLUMNS.values()) s.execute("CREATE INDEX rec_" + column + " ON rec (" + column + ")");
                s.execute("CREATE INDEX rec_facet_value ON rec_facet (facet, value, rec_id)");
                s.execute("CREATE VIRTUAL TABLE rec_fts USING fts5(text, content='rec', content_rowid='id', tokenize='"
                        + TOKENIZE + "')");
                s.execute("INSERT INTO rec_fts (rec_fts) VALUES ('rebuild')");
                // one segment, as a freshly built Lucene index is searched at its best after a merge too
                s.execute("INSERT INTO rec_fts (rec_fts) VALUES ('optimize')");
                s.execute("ANALYZE");
            }
            c.commit();
        }
    }

    private static void write(PreparedStatement rec, PreparedStatement facet, Recommendation r, StateDirectory states,
                              Map<Integer, Integer> yearOfSession) throws SQLException {
        long id = r.id().value();
        rec.setLong(1, id);
        rec.setString(2, r.text());
        rec.setString(3, r.stateUnderReview().value());
        rec.setString(4, group(states, r.stateUnderReview()));
        rec.setInt(5, r.cycle());
        rec.setInt(6, r.session());
        rec.setObject(7, yearOfSession.get(r.session()));
        rec.setString(8, r.response() == null ? null : r.response().label());
        rec.setObject(9, r.actionCategory());
        rec.setString(10, r.pledge() ? "pledge" : "recommendation");
        rec.addBatch();
        for (StateCode rs : r.recommendingStates()) {
            facetRow(facet, id, "rs", rs.value());
            facetRow(facet, id, "rs_group", group(states, rs));
        }
        for (Label l : r.labels()) {
            String kind = switch (l.kind()) {
                case ISSUE -> "issue";
                case THEME -> "theme";
                case GROUP -> "group";
                case SDG -> "sdg";
                case SDG_TARGET -> "target";
            };
            facetRow(facet, id, kind, l.value());
            facetRow(facet, id, "origin", l.origin().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void facetRow(PreparedStatement facet, long id, String name, String value) throws SQLException {
        if (value == null) return;
        facet.setLong(1, id);
        facet.setString(2, name);
        facet.setString(3, value);
        facet.addBatch();
    }

    private static String group(StateDirectory states, StateCode code) {
        return states.byCode(code).map(s -> s.group().label()).orElse(null);
    }
}
