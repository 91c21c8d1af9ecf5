package org.upright.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.common.ChangeEvents;
import org.upright.store.Database;

/**
 * Backs the whole record up into one database-neutral zip, and restores such a zip into SQLite or PostgreSQL
 * whichever wrote it: a backup is also the way to move between the two. Tables come from the catalogue, so
 * every table a migration adds is backed up without a change here.
 */
public final class BackupService {
    /**
     * Tables UPRight fills by itself (sessions by a migration, states at every start): rows there do not make a
     * database "not empty". A migration that seeds another table should add it here.
     */
    static final Set<String> FILLED_BY_UPRIGHT = Set.of("session", "state");

    private final Database db;
    private final TableStore store;
    private final ChangeEvents events;
    private final Clock clock;

    public BackupService(Database db, TableStore store, ChangeEvents events, Clock clock) {
        this.db = db;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The service over the database's own tables. */
    public static BackupService over(Database db, ChangeEvents events) {
        return new BackupService(db, new JdbcTableStore(db), events, Clock.systemUTC());
    }

    /** Writes a consistent snapshot of every table to FILE (replacing it only once the new backup is complete). */
    public BackupSummary backup(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BackupException("cannot write the backup to " + file + ": the folder " + folder
                    + " does not exist. Create it first or choose another path.");
        }
        if (Files.isDirectory(file)) throw new BackupException(file + " is a folder; name a file for the backup, e.g. " + file.resolve("upright-backup.zip"));
        String schema = db.schemaVersion().orElse("0");
        try (BackupWriter writer = BackupWriter.create(file)) {
            store.readSnapshot(writer::table);
            List<Manifest.Entry> entries = writer.entries();
            writer.finish(new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, uprightVersion(), schema,
                    db.product(),
                    Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), entries));
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Manifest.Entry e : entries) rows.put(e.name(), e.rows());
            BackupSummary summary = new BackupSummary(file, schema, rows, Files.size(file));
            events.publish(summary);
            return summary;
        } catch (IOException e) {
            throw new BackupException("cannot write the backup to " + file + ": " + e.getMessage()
                    + "; no backup was written. Check the free space and the permissions of the folder.", e);
        }
    }

    /**
     * Restores a backup into this database, which must be empty unless {@code force}: checks the whole file first,
     * brings the schema to the backup's version, puts every row back in one transaction, then migrates forward.
     */
    public RestoreSummary restore(Path file, boolean force) {
        try (BackupReader reader = BackupReader.open(file)) {
            Manifest m = reader.manifest();
            String latest = db.latestSchemaVersion();
            if (Database.compareVersions(m.schemaVersion(), latest) > 0) {
                throw new BackupException(file + " holds a record at schema version " + m.schemaVersion() + ", made by UPRight "
                        + m.uprightVersion() + "; this UPRight knows schema versions up to " + latest
                        + ". Restore it with UPRight " + m.uprightVersion() + " or newer.");
            }
            reader.verify();
            Optional<String> current = db.schemaVersion();
            boolean replaced = false;
            if (current.isPresent()) {
                replaced = checkTarget(current.get(), m, force);
                if (Database.compareVersions(current.get(), m.schemaVersion()) < 0) db.migrateTo(m.schemaVersion());
            } else {
                db.migrateTo(m.schemaVersion());
            }
            List<TableStore.Incoming> incoming = new ArrayList<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Manifest.Entry> byTable = new LinkedHashMap<>();
            for (Manifest.Entry e : m.tables()) byTable.put(e.name().toLowerCase(java.util.Locale.ROOT), e);
            for (Table t : store.tables()) {
                Manifest.Entry e = byTable.remove(t.key());
                if (e == null) continue;
                incoming.add(new TableStore.Incoming(t, e.columns().stream().map(Manifest.EntryColumn::name).toList(), reader.rows(e)));
                rows.put(t.name(), e.rows());
            }
            if (!byTable.isEmpty()) {
                throw new BackupException(file + " holds tables this database does not have at schema version " + m.schemaVersion()
                        + ": " + byTable.keySet() + "; it was not made by a released UPRight. Nothing was restored.");
            }
            store.replaceAll(incoming);
            db.migrate();
            RestoreSummary summary = new RestoreSummary(file, m.schemaVersion(), db.schemaVersion().orElse("0"), rows, replaced);
            events.publish(summary);
            return summary;
        } catch (IOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getMessage() + "; nothing was restored.", e);
        }
    }

    /** Refuses a database holding a record (unless forced) or one already past the backup's schema version. */
    private boolean checkTarget(String current, Manifest m, boolean force) {
        Map<String, Long> counts = store.rowCounts();
        List<String> holding = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !FILLED_BY_UPRIGHT.contains(e.getKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + " rows)").toList();
        if (!holding.isEmpty() && !force) {
            throw new BackupException(db.description() + " is not empty: " + String.join(", ", holding)
                    + ". Restore into a new data folder (--data-dir) or an empty database (--db), or add --force to replace"
                    + " everything in it with the backup.");
        }
        if (Database.compareVersions(current, m.schemaVersion()) > 0) {
            throw new BackupException(db.description() + " is at schema version " + current + ", newer than the backup's "
                    + m.schemaVersion() + ", and a schema cannot go back. Restore into a new data folder or a new, empty"
                    + " PostgreSQL database (createdb); the restore brings it up to date afterwards.");
        }
        return !holding.isEmpty();
    }

    /** The version of UPRight running, from the jar's manifest; builds run from classes have none. */
    static String uprightVersion() {
        String v = BackupService.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1 (development build)";
    }
}
