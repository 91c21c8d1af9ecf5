package org.upright.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.Cli;
import org.upright.TestWorld;
import org.upright.common.ChangeEvents;
import org.upright.config.Settings;
import org.upright.recommendation.RecommendationId;
import org.upright.store.Database;

/** `upright backup` and `upright restore` on SQLite: the same record comes back, and bad input changes nothing. */
class BackupRestoreTest {
    @TempDir
    static Path dir;
    static TestWorld world;
    static Path backup;
    static Map<String, Long> countsAtBackup;

    @BeforeAll
    static void backUpTheRealExtracts() {
        world = TestWorld.withRealExtracts(dir.resolve("source"));
        // a label given by a person and a rejected suggestion, so that more than imported tables hold rows
        RecommendationId first = world.recommendation(TestWorld.ROME_STATUTE).id();
        world.app().classification().accept(first, "issue", "International instruments");
        world.app().classification().reject(first, "sdg", "16");
        backup = dir.resolve("backup.zip");
        assertThat(Cli.run("backup", "--data-dir", dir.resolve("source/data").toString(), backup.toString())).isZero();
        // other tests try more backups of the same folder, and each attempt adds an audit line
        countsAtBackup = new JdbcTableStore(world.app().database()).rowCounts();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static BackupService backups(Database db) {
        return BackupService.over(db, new ChangeEvents());
    }

    @Test
    void a_restore_into_an_empty_data_folder_gives_the_same_counts_and_the_same_pages() {
        Path target = dir.resolve("restored");
        assertThat(Cli.run("restore", "--data-dir", target.toString(), backup.toString())).isZero();
        try (var app = new org.upright.App(new Settings(target, null, 0, "127.0.0.1"))) {
            assertThat(app.recommendations().stats()).isEqualTo(world.app().recommendations().stats());
            assertThat(app.search().indexed()).isEqualTo(world.app().search().indexed());
            var paths = Pages.over(world.app());
            Map<String, String> before = Pages.fetch(world.app(), paths);
            Map<String, String> after = Pages.fetch(app, paths);
            for (String path : paths) assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
            var actions = app.audit().find(org.upright.audit.AuditFilter.none(), new org.upright.common.PageRequest(1, 100)).items()
                    .stream().map(org.upright.audit.AuditEntry::action).toList();
            assertThat(actions).as("the backup's own line came back with it, and the restore added one").contains("backup", "restore");
        }
    }

    @Test
    void every_table_of_the_database_is_in_the_backup_with_its_row_count() throws IOException {
        Map<String, Long> counts = countsAtBackup;
        assertThat(counts).containsKeys("recommendation", "label", "label_rejection", "provenance", "source_file")
                .doesNotContainKey(Database.MIGRATION_HISTORY_TABLE);
        try (BackupReader reader = BackupReader.open(backup)) {
            Manifest m = reader.manifest();
            assertThat(m.schemaVersion()).isEqualTo(world.app().database().latestSchemaVersion());
            assertThat(m.database()).isEqualTo("SQLite");
            for (Manifest.Entry e : m.tables()) assertThat(e.rows()).as(e.name()).isEqualTo(counts.get(e.name()));
            assertThat(m.tables()).hasSameSizeAs(counts.keySet());
            assertThat(counts.get("label_rejection")).isEqualTo(1);
        }
    }

    @Test
    void tables_come_in_an_order_where_every_table_follows_those_it_refers_to() {
        var tables = new JdbcTableStore(world.app().database()).tables();
        var names = tables.stream().map(Table::key).toList();
        for (Table t : tables) {
            for (String parent : t.parents()) assertThat(names.indexOf(parent)).as(t.key() + " after " + parent).isLessThan(names.indexOf(t.key()));
        }
    }

    @Test
    void a_restore_refuses_a_data_folder_that_holds_a_record_and_changes_nothing() {
        Map<String, Long> before = new JdbcTableStore(world.app().database()).rowCounts();
        assertThatThrownBy(() -> backups(world.app().database()).restore(backup, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("is not empty").hasMessageContaining("recommendation (")
                .hasMessageContaining("--force");
        assertThat(new JdbcTableStore(world.app().database()).rowCounts()).isEqualTo(before);
    }

    @Test
    void with_force_a_restore_replaces_what_the_database_holds() {
        Path target = dir.resolve("forced");
        try (TestWorld other = TestWorld.empty(target)) {
            other.importFile(TestWorld.KAZAKHSTAN_REPORT);
            RestoreSummary s = backups(other.app().database()).restore(backup, true);
            assertThat(s.replacedExisting()).isTrue();
            assertThat(new JdbcTableStore(other.app().database()).rowCounts())
                    .isEqualTo(new JdbcTableStore(world.app().database()).rowCounts());
        }
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> restoreInto("missing", dir.resolve("no-such-backup.zip")))
                .hasMessageContaining("there is no backup at").hasMessageContaining("no-such-backup.zip");
        assertThat(Cli.run("restore", "--data-dir", dir.resolve("missing-cli").toString(), "no-such-backup.zip")).isEqualTo(2);
        assertThat(dir.resolve("missing-cli")).as("a data folder made for the restore is removed again").doesNotExist();
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a backup at all");
        assertThatThrownBy(() -> restoreInto("not-zip", text)).hasMessageContaining("is not an UPRight backup")
                .hasMessageContaining("nothing was restored");
    }

    @Test
    void a_zip_without_a_manifest_is_refused() throws IOException {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> restoreInto("no-manifest", zip)).hasMessageContaining("has no manifest.json");
    }

    @Test
    void a_cut_short_backup_is_refused_and_nothing_is_written() throws IOException {
        Path cut = dir.resolve("cut.zip");
        Files.copy(backup, cut);
        try (RandomAccessFile f = new RandomAccessFile(cut.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertThat(Cli.run("restore", "--data-dir", dir.resolve("cut-target").toString(), cut.toString())).isEqualTo(2);
        assertThat(dir.resolve("cut-target")).doesNotExist();
    }

    @Test
    void a_damaged_table_entry_is_found_before_anything_is_written() throws IOException {
        Path damaged = rewrite("damaged.zip", "tables/recommendation.jsonl", s -> s.replaceFirst("Rome Statute", "Rome Statue"));
        Path target = dir.resolve("damaged-target");
        try (Database db = Database.connect(target, null)) {
            assertThatThrownBy(() -> backups(db).restore(damaged, false))
                    .hasMessageContaining("is damaged").hasMessageContaining("table recommendation")
                    .hasMessageContaining("SHA-256").hasMessageContaining("nothing was restored");
            assertThat(db.schemaVersion()).as("not even the schema was created").isEmpty();
        }
    }

    @Test
    void a_backup_in_a_newer_format_says_which_upright_reads_it() throws IOException {
        Path newer = rewrite("newer-format.zip", Manifest.NAME, s -> s.replaceFirst("\"format_version\" : 1,", "\"format_version\" : 2,"));
        assertThatThrownBy(() -> restoreInto("newer-format", newer)).hasMessageContaining("backup format 2")
                .hasMessageContaining("reads format 1");
    }

    @Test
    void a_backup_of_a_newer_schema_is_refused() throws IOException {
        Path newer = rewrite("newer-schema.zip", Manifest.NAME, s -> s.replaceFirst("\"schema_version\" : \"[0-9.]+\"", "\"schema_version\" : \"99\""));
        assertThatThrownBy(() -> restoreInto("newer-schema", newer)).hasMessageContaining("schema version 99")
                .hasMessageContaining("knows schema versions up to");
    }

    @Test
    void a_backup_into_a_folder_that_does_not_exist_says_so_and_writes_nothing() {
        Path file = dir.resolve("no/such/folder/backup.zip");
        assertThatThrownBy(() -> backups(world.app().database()).backup(file))
                .hasMessageContaining("does not exist").hasMessageContaining("Create it first");
        assertThat(Cli.run("backup", "--data-dir", dir.resolve("source/data").toString(), file.toString())).isEqualTo(2);
    }

    @Test
    void a_failed_backup_leaves_no_file_and_a_finished_one_no_temporary_file() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry(Manifest.NAME)).isNotNull();
        }
    }

    @Test
    void a_backup_of_a_folder_without_a_record_says_where_it_looked() {
        assertThat(Cli.run("backup", "--data-dir", dir.resolve("nothing-here").toString(), dir.resolve("x.zip").toString())).isEqualTo(2);
        assertThat(dir.resolve("x.zip")).doesNotExist();
        assertThat(dir.resolve("nothing-here")).doesNotExist();
    }

    private void restoreInto(String folder, Path file) {
        try (Database db = Database.connect(dir.resolve(folder), null)) {
            backups(db).restore(file, false);
        }
    }

    /** A copy of the backup with one entry's text changed (its manifest left as it was, unless it is the manifest). */
    private static Path rewrite(String name, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile zip = new ZipFile(backup.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(os)) {
            for (var e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out;
    }
}
