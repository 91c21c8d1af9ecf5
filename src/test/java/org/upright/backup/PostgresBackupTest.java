package org.upright.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.Cli;
import org.upright.TestPostgres;
import org.upright.TestWorld;
import org.upright.common.ChangeEvents;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/**
 * Backups move the record between SQLite and PostgreSQL both ways, and PostgreSQL restores its own: the same
 * counts and pages come back, and new rows get new ids after a restore. A throwaway PostgreSQL 15 cluster.
 */
class PostgresBackupTest {
    @TempDir
    static Path dir;
    static TestPostgres pg;
    static TestWorld sqlite;
    static Path sqliteBackup;

    @BeforeAll
    static void startPostgresAndBackUpSqlite() throws Exception {
        Assumptions.assumeTrue(TestPostgres.installed(), "PostgreSQL 15 is not installed in " + TestPostgres.bin()
                + " (apt-get install postgresql); the PostgreSQL tests are skipped");
        pg = TestPostgres.start();
        sqlite = TestWorld.withRealExtracts(dir.resolve("sqlite"));
        RecommendationId first = sqlite.recommendation(TestWorld.ROME_STATUTE).id();
        sqlite.app().classification().accept(first, "issue", "International instruments");
        sqlite.app().classification().reject(first, "sdg", "16");
        sqliteBackup = dir.resolve("sqlite.zip");
        assertThat(Cli.run("backup", "--data-dir", dir.resolve("sqlite/data").toString(), sqliteBackup.toString())).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sqlite != null) sqlite.close();
        if (pg != null) pg.stop();
    }

    private static App app(Path dataDir, String url) {
        return new App(new Settings(dataDir, url, 0, "127.0.0.1"));
    }

    private static void assertSameRecord(App expected, App actual) {
        assertThat(actual.recommendations().stats()).isEqualTo(expected.recommendations().stats());
        // the audit log differs by design: a restore adds its own line, a backup adds one to its source
        Map<String, Long> want = new java.util.TreeMap<>(new JdbcTableStore(expected.database()).rowCounts());
        Map<String, Long> got = new java.util.TreeMap<>(new JdbcTableStore(actual.database()).rowCounts());
        assertThat(got.remove("audit_log")).isPositive();
        want.remove("audit_log");
        assertThat(got).isEqualTo(want);
        assertThat(actual.audit().find(org.upright.audit.AuditFilter.none(), new org.upright.common.PageRequest(1, 100)).items())
                .extracting(org.upright.audit.AuditEntry::action).contains("restore");
        List<String> paths = Pages.over(expected);
        Map<String, String> before = Pages.fetch(expected, paths);
        Map<String, String> after = Pages.fetch(actual, paths);
        for (String path : paths) assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
    }

    @Test
    void a_sqlite_backup_restores_into_postgresql_with_the_same_counts_and_pages() throws Exception {
        String url = pg.createDatabase();
        Path dataDir = dir.resolve("pg-from-sqlite");
        assertThat(Cli.run("restore", "--data-dir", dataDir.toString(), "--db", url, sqliteBackup.toString())).isZero();
        try (App restored = app(dataDir, url)) {
            assertSameRecord(sqlite.app(), restored);
        }
    }

    @Test
    void a_postgresql_backup_restores_into_postgresql_and_into_sqlite() throws Exception {
        String source = pg.createDatabase();
        Path sourceDir = dir.resolve("pg-source");
        assertThat(Cli.run("restore", "--data-dir", sourceDir.toString(), "--db", source, sqliteBackup.toString())).isZero();
        Path pgBackup = dir.resolve("pg.zip");
        assertThat(Cli.run("backup", "--data-dir", sourceDir.toString(), "--db", source, pgBackup.toString())).isZero();
        try (BackupReader reader = BackupReader.open(pgBackup)) {
            assertThat(reader.manifest().database()).isEqualTo("PostgreSQL");
        }

        String copy = pg.createDatabase();
        assertThat(Cli.run("restore", "--data-dir", dir.resolve("pg-copy").toString(), "--db", copy, pgBackup.toString())).isZero();
        Path backToSqlite = dir.resolve("back-to-sqlite");
        assertThat(Cli.run("restore", "--data-dir", backToSqlite.toString(), pgBackup.toString())).isZero();
        try (App pgSource = app(sourceDir, source); App pgCopy = app(dir.resolve("pg-copy"), copy); App sqliteCopy = app(backToSqlite, null)) {
            assertSameRecord(pgSource, pgCopy);
            assertSameRecord(sqlite.app(), sqliteCopy);
        }
    }

    @Test
    void after_a_restore_into_postgresql_new_rows_get_new_ids() throws Exception {
        String url = pg.createDatabase();
        Path dataDir = dir.resolve("pg-ids");
        try (Database db = Database.connect(dataDir, url)) {
            BackupService.over(db, new ChangeEvents()).restore(sqliteBackup, false);
        }
        try (App restored = app(dataDir, url)) {
            long before = restored.recommendations().count(RecommendationFilter.none());
            Path csv = Files.writeString(dir.resolve("more.csv"), "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"
                    + "Kazakhstan,Asia,OIC,Protect environmental defenders from reprisals,Norway,WEOG,,Accepted,5,Environment,20\n",
                    StandardCharsets.UTF_8);
            ImportSummary s = restored.importer().importPaths(List.of(csv), Optional.empty(), ImportListener.SILENT);
            assertThat(s.files()).allMatch(f -> f.status() == ImportSummary.Status.IMPORTED);
            assertThat(restored.recommendations().count(RecommendationFilter.none())).isEqualTo(before + 1);
        }
    }

    @Test
    void a_postgresql_database_that_holds_a_record_is_refused() throws Exception {
        String url = pg.createDatabase();
        try (App busy = app(dir.resolve("pg-busy"), url)) {
            busy.importer().importPaths(List.of(TestWorld.KAZAKHSTAN_REPORT), Optional.empty(), ImportListener.SILENT);
            assertThatThrownBy(() -> BackupService.over(busy.database(), new ChangeEvents()).restore(sqliteBackup, false))
                    .hasMessageContaining("PostgreSQL").hasMessageContaining("is not empty").hasMessageContaining("--force");
            assertThat(busy.recommendations().count(RecommendationFilter.none())).isEqualTo(194);
        }
    }
}
