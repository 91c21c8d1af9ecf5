package org.upright.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: a DataSource, its jOOQ dialect, migrations, and transactions. Stores call {@link #dsl()},
 * which inside {@link #transaction} is bound to that transaction's connection on the calling thread, so a
 * service can wrap several stores' writes in one transaction without passing connections around.
 */
public final class Database implements AutoCloseable {
    /**
     * Connections one process keeps open to PostgreSQL: enough for a node's concurrent requests (they hold one for
     * a query at a time), few enough that ten nodes stay within PostgreSQL's default of 100.
     */
    static final int POSTGRESQL_CONNECTIONS = 10;

    /**
     * Connections one process keeps open to its SQLite file: opening one (and setting its pragmas) per query cost
     * more than most queries. In WAL mode they all read at once; writers take turns, waiting up to the busy timeout.
     */
    static final int SQLITE_CONNECTIONS = 10;

    private final DataSource dataSource;
    /** The source the pool draws from, for connections whose settings must not go back into the pool. */
    private final DataSource unpooled;
    private final SQLDialect dialect;
    private final String description;
    private final DSLContext plain;
    private final ThreadLocal<DSLContext> inTransaction = new ThreadLocal<>();
    private final ChangeLog changeLog = new ChangeLog(this);

    private Database(DataSource unpooled, int connections, SQLDialect dialect, String description) {
        this.unpooled = unpooled;
        this.dataSource = new ConnectionPool(unpooled, connections);
        this.dialect = dialect;
        this.description = description;
        this.plain = DSL.using(dataSource, dialect, settings());
    }

    /** Opens (creating when missing) the SQLite database in the data folder, or PostgreSQL for a postgresql:// URL. */
    /** Where a data folder keeps its SQLite record. */
    public static Path sqliteFile(Path dataDir) {
        return dataDir.resolve("upright.sqlite");
    }

    public static Database open(Path dataDir, String url) {
        Database db = connect(dataDir, url);
        db.migrate();
        return db;
    }

    /** Opens the database without migrating it: a restore first brings it to the backup's schema version. */
    public static Database connect(Path dataDir, String url) {
        return url == null || url.isBlank() ? sqlite(dataDir) : postgresql(url);
    }

    private static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = sqliteFile(dataDir).toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // a whole file is read inside its import's transaction (nothing half-written when it turns out damaged), so
        // another writer may wait as long as a large import takes on a busy machine before it gives up
        config.setBusyTimeout(120_000);
        // a writing transaction takes the write lock when it begins: one that read first and wrote later would fail
        // at once (SQLITE_BUSY_SNAPSHOT) whenever another process committed in between, instead of waiting its turn
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return new Database(ds, SQLITE_CONNECTIONS, SQLDialect.SQLITE, "SQLite " + file);
    }

    private static Database postgresql(String url) {
        String jdbc = url.startsWith("jdbc:") ? url : "jdbc:" + url.replaceFirst("^postgres(ql)?://", "postgresql://");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbc);
        return new Database(ds, POSTGRESQL_CONNECTIONS, SQLDialect.POSTGRES,
                "PostgreSQL " + jdbc.replaceAll("password=[^&]*", "password=…"));
    }

    private static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }

    /** Applies every migration not applied yet. */
    public void migrate() {
        flyway(null).migrate();
    }

    /** Applies the migrations up to and including the version given (a restore stops at its backup's version). */
    public void migrateTo(String version) {
        flyway(version).migrate();
    }

    /** The schema version the database is at; empty when no migration was ever applied (a new database). */
    public java.util.Optional<String> schemaVersion() {
        MigrationInfo current = flyway(null).info().current();
        return current == null || current.getVersion() == null ? java.util.Optional.empty()
                : java.util.Optional.of(current.getVersion().getVersion());
    }

    /** The newest schema version this build of UPRight knows. */
    public String latestSchemaVersion() {
        MigrationInfo[] all = flyway(null).info().all();
        return all.length == 0 ? "0" : all[all.length - 1].getVersion().getVersion();
    }

    /** Orders schema versions as Flyway does (1.10 after 1.9). */
    public static int compareVersions(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    private Flyway flyway(String target) {
        String vendor = dialect == SQLDialect.SQLITE ? "sqlite" : "postgresql";
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) config = config.target(MigrationVersion.fromVersion(target));
        return config.load();
    }

    /** The name of Flyway's own table, which backups leave out: the schema version travels in their manifest. */
    public static final String MIGRATION_HISTORY_TABLE = "flyway_schema_history";

    /** The jOOQ context for the current thread: the transaction's when inside one. */
    public DSLContext dsl() {
        DSLContext tx = inTransaction.get();
        return tx != null ? tx : plain;
    }

    /** The log of committed changes that other nodes follow; writers append to it inside their transaction. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /**
     * How many logged changes a node reads again when it starts: on PostgreSQL transactions commit out of id
     * order, so the last few before a remembered position may have committed after it was taken; SQLite commits
     * one writer at a time, in id order.
     */
    public int changeLogReread() {
        return dialect == SQLDialect.SQLITE ? 0 : ChangeLogFollower.REREAD;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** "SQLite" or "PostgreSQL", for people and manifests. */
    public String product() {
        return dialect == SQLDialect.SQLITE ? "SQLite" : "PostgreSQL";
    }

    public String description() {
        return description;
    }

    /** Runs the work in one transaction: all of it is committed, or none of it when it throws. */
    public <T> T transaction(Supplier<T> work) {
        if (inTransaction.get() != null) return work.get();
        return plain.transactionResult(cfg -> {
            inTransaction.set(cfg.dsl());
            try {
                return work.get();
            } finally {
                inTransaction.remove();
            }
        });
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /** A raw connection for the few jobs jOOQ does not do (backups). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * A connection in one read-only transaction that sees one consistent state of the whole database while
     * writers go on: SQLite in WAL mode keeps a read transaction's snapshot; PostgreSQL needs REPEATABLE READ.
     * The caller closes it (which ends the transaction). It is a connection of its own, outside the pool, so its
     * read-only settings never reach a writer.
     */
    public Connection snapshotConnection() throws SQLException {
        Connection c = unpooled.getConnection();
        try {
            if (dialect == SQLDialect.SQLITE) {
                // a deferred transaction takes no write lock, so imports go on while the snapshot is read
                ((org.sqlite.SQLiteConnection) c).getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            } else {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() {
        // the idle connections close now, those still in use when handed back: the data folder is free afterwards
        ((ConnectionPool) dataSource).close();
    }
}
