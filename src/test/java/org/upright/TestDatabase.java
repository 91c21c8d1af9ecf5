package org.upright;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which database the tests run on: SQLite in the data folder, or — in the PostgreSQL pass of the suite
 * ({@code -Dupright.test.db=postgresql}) — a fresh database on the throwaway cluster for each data folder, so tests
 * stay independent and a command run later on the same folder finds the same record. Tests that build
 * {@link org.upright.config.Settings} or run commands take the database from here.
 */
public final class TestDatabase {
    private static final Map<Path, String> URLS = new ConcurrentHashMap<>();
    private static volatile TestPostgres cluster;

    private TestDatabase() {
    }

    /** True in the PostgreSQL pass of the suite. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("upright.test.db"));
    }

    /** The `--db` URL for the data folder: null (SQLite in the folder), or the folder's own PostgreSQL database. */
    public static String url(Path dataDir) {
        if (!postgresql()) return null;
        return URLS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> cluster().createDatabase());
    }

    /** `--data-dir DIR`, and `--db URL` in the PostgreSQL pass: what a command needs to open the folder's record. */
    public static List<String> options(Path dataDir) {
        List<String> options = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        String url = url(dataDir);
        if (url != null) options.addAll(List.of("--db", url));
        return options;
    }

    private static TestPostgres cluster() {
        TestPostgres c = cluster;
        if (c == null) {
            synchronized (TestDatabase.class) {
                if (cluster == null) cluster = TestPostgres.start();
                c = cluster;
            }
        }
        return c;
    }

    /** Stops the cluster when one was started (the end of the test session). */
    static synchronized void stop() {
        if (cluster != null) cluster.stop();
        cluster = null;
    }
}
