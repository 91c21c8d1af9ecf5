package org.upright.cli;

import static org.upright.common.Folders.deleteTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.backup.BackupException;
import org.upright.backup.BackupService;
import org.upright.backup.RestoreSummary;
import java.util.Map;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Viewer;
import org.upright.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright restore FILE`: puts a backup back into an empty data folder or database, SQLite or PostgreSQL. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by `upright backup` into an empty data folder (--data-dir) or database (--db).",
                "The whole file is checked first; the rows go back in one transaction; the schema is brought up to date",
                "and the search index rebuilt. A SQLite backup restores into PostgreSQL and back. Stop the server first."})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--force", description = "Replace everything in a database that is not empty with the backup.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        boolean freshFolder = !Files.exists(common.dataDir);
        long started = System.nanoTime();
        RestoreSummary s;
        try (Database db = Database.connect(common.dataDir, common.databaseUrl)) {
            s = BackupService.over(db, new ChangeEvents()).restore(file, force);
        } catch (BackupException e) {
            // a data folder made only for this restore is removed again, so a retry starts from nothing
            if (freshFolder) deleteTree(common.dataDir);
            System.err.println("upright restore: " + e.getMessage());
            return 2;
        }
        System.out.printf("restored %,d rows of %d tables from %s (schema version %s%s) in %.1f s%n", s.totalRows(), s.rows().size(),
                file, s.backupSchema(), s.schemaAfter().equals(s.backupSchema()) ? "" : ", now " + s.schemaAfter(),
                (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        // the index is derived from the record; an old one might count the same number of rows and look current
        deleteTree(common.dataDir.resolve("index"));
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            // after the rows went back, so the restored log keeps its own history and gains this line
            app.events().publish(Audited.of(Viewer.cli(), "restore", file.toAbsolutePath().toString(),
                    Map.of("rows", s.totalRows(), "backup_schema", String.valueOf(s.backupSchema()))));
            System.out.printf("search index rebuilt: %,d recommendations and pledges in %.1f s%n", app.search().indexed(),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

}
