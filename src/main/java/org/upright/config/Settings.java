package org.upright.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of UPRight, each declared once.
 *
 * @param dataDir    the folder that holds the SQLite database and the search index (default ./upright-data)
 * @param databaseUrl a postgresql://… URL to keep the record in PostgreSQL instead of SQLite; null for SQLite
 * @param port       the TCP port the web server listens on (default 7070; 0 picks a free one)
 * @param host       the address the web server binds to (default 127.0.0.1; 0.0.0.0 to serve the network)
 * @param trustProxy believe a reverse proxy's X-Forwarded-For (the address throttled and logged) and X-Forwarded-Proto
 *                   (https → Secure cookies); turn on only when every request comes through that proxy (default off)
 * @param changeLogRetention how long the database's change log keeps a change (default 7 days); a node stopped
 *                   for longer rebuilds its search index when it starts, instead of catching up from the log
 * @param smtp       the mail server, smtp://[user:password@]HOST:PORT (STARTTLS when it offers it); null: mails wait in
 *                   the outbox and nothing is sent (default null; also the UPRIGHT_SMTP environment variable)
 * @param publicUrl  the site's address as readers reach it (https://upr.example.org), for the links in mails;
 *                   null: http://HOST:PORT of this server
 * @param newsletterRate how many newsletter mails a minute the outbox sends at most (default 60), so a large list
 *                   does not flood the mail server or trip its sending limits
 */
public record Settings(Path dataDir, String databaseUrl, int port, String host, boolean trustProxy,
                       Duration changeLogRetention, String smtp, String publicUrl, int newsletterRate) {
    public static final int DEFAULT_NEWSLETTER_RATE = 60;

    public Settings(Path dataDir, String databaseUrl, int port, String host, boolean trustProxy, Duration changeLogRetention) {
        this(dataDir, databaseUrl, port, host, trustProxy, changeLogRetention, null, null, DEFAULT_NEWSLETTER_RATE);
    }

    public static final Path DEFAULT_DATA_DIR = Path.of("upright-data");
    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_CHANGE_LOG_RETENTION = Duration.ofDays(7);

    public Settings(Path dataDir, String databaseUrl, int port, String host) {
        this(dataDir, databaseUrl, port, host, false, DEFAULT_CHANGE_LOG_RETENTION);
    }

    public Settings(Path dataDir, String databaseUrl, int port, String host, boolean trustProxy) {
        this(dataDir, databaseUrl, port, host, trustProxy, DEFAULT_CHANGE_LOG_RETENTION);
    }

    public Settings(Path dataDir, String databaseUrl, int port, String host, Duration changeLogRetention) {
        this(dataDir, databaseUrl, port, host, false, changeLogRetention);
    }

    /**
     * Whether the public's pages and API answers are kept until something changes (web/ResponseCache): on unless the
     * JVM is started with -Dupright.response-cache=off, which the benchmarks use to measure the same build without it.
     */
    public static boolean responseCache() {
        return !"off".equals(System.getProperty("upright.response-cache"));
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_DATA_DIR, null, DEFAULT_PORT, "127.0.0.1");
    }

    public Settings withPort(int newPort) {
        return new Settings(dataDir, databaseUrl, newPort, host, trustProxy, changeLogRetention, smtp, publicUrl, newsletterRate);
    }

    public Settings withTrustProxy(boolean trust) {
        return new Settings(dataDir, databaseUrl, port, host, trust, changeLogRetention, smtp, publicUrl, newsletterRate);
    }

    /** The same settings sending at most {@code perMinute} newsletter mails a minute. */
    public Settings withNewsletterRate(int perMinute) {
        return new Settings(dataDir, databaseUrl, port, host, trustProxy, changeLogRetention, smtp, publicUrl, perMinute);
    }

    /** The same settings with a mail server (null for none) and a public address (null for this server's own). */
    public Settings withMail(String smtpUrl, String publicAddress) {
        return new Settings(dataDir, databaseUrl, port, host, trustProxy, changeLogRetention, smtpUrl, publicAddress, newsletterRate);
    }
}
