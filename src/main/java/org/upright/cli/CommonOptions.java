package org.upright.cli;

import java.nio.file.Path;
import org.upright.config.Settings;
import picocli.CommandLine.Option;

/** The options every command takes. */
public final class CommonOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "upright-data",
            description = "Folder for the database and the search index (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL",
            description = "Keep the record in PostgreSQL (postgresql://user:pass@host:port/db) instead of SQLite.")
    String databaseUrl;

    @Option(names = "--change-log-days", paramLabel = "DAYS", defaultValue = "7",
            description = "Days the database's change log keeps a change, for nodes that were stopped (default: ${DEFAULT-VALUE}).")
    int changeLogDays;

    public Settings settings(int port, String host) {
        if (changeLogDays < 1) {
            throw new IllegalArgumentException("--change-log-days must be 1 or more (it was " + changeLogDays + ")");
        }
        return new Settings(dataDir, databaseUrl, port, host, java.time.Duration.ofDays(changeLogDays));
    }
}
