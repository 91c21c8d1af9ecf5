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

    public Settings settings(int port, String host) {
        return new Settings(dataDir, databaseUrl, port, host);
    }
}
