package org.upright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.upright.backup.BackupException;
import org.upright.backup.BackupService;
import org.upright.backup.BackupSummary;
import java.util.Map;
import org.upright.audit.AuditService;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Viewer;
import org.upright.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `upright backup FILE`: a consistent snapshot of the whole record, also while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the whole record to FILE (a zip that SQLite and PostgreSQL both restore).",
                "Safe while the server runs and imports go on; FILE appears only once the backup is complete.",
                "The backup holds everything in the database (later also accounts and password hashes): keep it safe."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write, e.g. upright-2026-01-31.zip.")
    Path file;

    @Override
    public Integer call() {
        if (common.databaseUrl == null && !Files.exists(Database.sqliteFile(common.dataDir))) {
            System.err.println("upright backup: there is no record in " + common.dataDir.toAbsolutePath()
                    + "; name the data folder with --data-dir (or the database with --db)");
            return 2;
        }
        try (Database db = Database.open(common.dataDir, common.databaseUrl)) {
            long started = System.nanoTime();
            ChangeEvents events = new ChangeEvents();
            AuditService.over(db, events);
            // logged before the snapshot, so the backup holds the line that says who took it
            events.publish(Audited.of(Viewer.cli(), "backup", file.toAbsolutePath().toString(), Map.of()));
            BackupSummary s = BackupService.over(db, events).backup(file);
            System.out.printf("backed up %,d rows of %d tables (schema version %s) to %s (%,d bytes) in %.1f s%n",
                    s.totalRows(), s.rows().size(), s.schemaVersion(), s.file(), s.bytes(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (BackupException e) {
            System.err.println("upright backup: " + e.getMessage());
            return 2;
        }
    }
}
