package org.upright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.upright.TestDatabase;

/** SQLite connections are kept for reuse with their settings, and closed with the database. */
class SqliteConnectionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void onSqlite() {
        assumeFalse(TestDatabase.postgresql(), "SQLite's connections (the SQLite pass runs this)");
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void the_next_query_gets_the_connection_handed_back_with_its_pragmas_still_set() throws Exception {
        try (Database db = Database.open(dir, null)) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE only_this_connection (x INTEGER)");
            }
            try (Connection c = db.connection()) {
                assertThat(count(c, "only_this_connection"))
                        .as("the temporary table of the same connection").isZero();
                assertThat(pragma(c, "journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(c, "busy_timeout")).isEqualTo("120000");
            }
        }
    }

    @Test
    void a_transaction_writes_through_a_reused_connection_and_begins_immediate_again_after_a_snapshot() throws Exception {
        try (Database db = Database.open(dir, null)) {
            try (Connection snapshot = db.snapshotConnection()) {
                assertThat(snapshot.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode().name())
                        .isEqualTo("DEFERRED");
            }
            try (Connection c = db.connection()) {
                assertThat(c.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode().name())
                        .as("the snapshot's deferred mode stayed with the snapshot").isEqualTo("IMMEDIATE");
            }
            db.transaction(() -> db.changeLog().append(ChangeLog.RECOMMENDATION, java.util.List.of(1L)));
            try (Connection c = db.connection()) {
                assertThat(count(c, "change_log")).isEqualTo(1);
            }
        }
    }

    @Test
    void closing_the_database_closes_a_connection_in_use_once_it_is_handed_back() throws Exception {
        Database db = Database.open(dir, null);
        Connection inUse = db.connection();
        SQLiteConnection real = inUse.unwrap(SQLiteConnection.class);
        db.close();
        assertThat(real.isClosed()).as("still in use").isFalse();
        inUse.close();
        assertThat(real.isClosed()).isTrue();
    }
}
