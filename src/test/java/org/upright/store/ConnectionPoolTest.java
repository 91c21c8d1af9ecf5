package org.upright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.upright.TestDatabase;

/** PostgreSQL connections are kept for reuse, handed back clean, and never more than the pool's size at once. */
class ConnectionPoolTest {
    @TempDir
    Path dir;
    PGSimpleDataSource source;

    @BeforeEach
    void database() {
        assumeTrue(TestDatabase.postgresql(), "the pool serves PostgreSQL (the PostgreSQL pass runs this)");
        String url = TestDatabase.url(dir);
        Database.open(dir, url).close(); // the tables
        source = new PGSimpleDataSource();
        source.setUrl("jdbc:" + url);
    }

    private static long backend(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long logged(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM change_log")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_connection_handed_back_is_reused_with_its_open_transaction_rolled_back() throws Exception {
        ConnectionPool pool = new ConnectionPool(source, 2);
        long first;
        try (Connection c = pool.getConnection()) {
            first = backend(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO change_log (logged_at, topic, ids) VALUES (0, 'recommendation', '1')");
            }
        }
        try (Connection c = pool.getConnection()) {
            assertThat(backend(c)).as("the same server process").isEqualTo(first);
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(logged(c)).as("the uncommitted row is gone").isZero();
        }
        pool.close();
    }

    @Test
    void a_caller_beyond_the_size_waits_for_a_connection_to_be_handed_back() throws Exception {
        ConnectionPool pool = new ConnectionPool(source, 1);
        Connection held = pool.getConnection();
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
            try (Connection c = pool.getConnection()) {
                return backend(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(second).as("no second connection while the only one is held").isNotDone();
        long heldBackend = backend(held);
        held.close();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(heldBackend);
        assertThat(held.isClosed()).as("the caller's handle is closed once handed back").isTrue();
        pool.close();
    }
}
