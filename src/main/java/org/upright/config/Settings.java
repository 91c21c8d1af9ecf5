package org.upright.config;

import java.nio.file.Path;

/**
 * Every setting of UPRight, each declared once.
 *
 * @param dataDir    the folder that holds the SQLite database and the search index (default ./upright-data)
 * @param databaseUrl a postgresql://… URL to keep the record in PostgreSQL instead of SQLite; null for SQLite
 * @param port       the TCP port the web server listens on (default 7070; 0 picks a free one)
 * @param host       the address the web server binds to (default 127.0.0.1; 0.0.0.0 to serve the network)
 * @param trustProxy believe a reverse proxy's X-Forwarded-For (the address throttled and logged) and X-Forwarded-Proto
 *                   (https → Secure cookies); turn on only when every request comes through that proxy (default off)
 */
public record Settings(Path dataDir, String databaseUrl, int port, String host, boolean trustProxy) {
    public static final Path DEFAULT_DATA_DIR = Path.of("upright-data");
    public static final int DEFAULT_PORT = 7070;

    public Settings(Path dataDir, String databaseUrl, int port, String host) {
        this(dataDir, databaseUrl, port, host, false);
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_DATA_DIR, null, DEFAULT_PORT, "127.0.0.1");
    }

    public Settings withPort(int newPort) {
        return new Settings(dataDir, databaseUrl, newPort, host, trustProxy);
    }
}
