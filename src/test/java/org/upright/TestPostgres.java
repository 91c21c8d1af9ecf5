package org.upright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 cluster for the test pass on PostgreSQL: initialised in a temporary folder, listening
 * on a free loopback port, stopped and deleted when the tests end (also when they fail: a shutdown hook). As root
 * the folder belongs to `postgres` and the binaries run as that user, as PostgreSQL refuses to run as root.
 * Durability is turned off: a test cluster lives for minutes and is thrown away.
 */
public final class TestPostgres {
    static final Path DEFAULT_BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path bin;
    private final Path folder;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread hook = new Thread(this::stopQuietly, "stop-test-postgresql");

    private TestPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** The folder of the PostgreSQL binaries the tests use (-Dupright.test.pgbin changes it). */
    public static Path bin() {
        return Path.of(System.getProperty("upright.test.pgbin", DEFAULT_BIN.toString()));
    }

    public static boolean installed() {
        return Files.isExecutable(bin().resolve("initdb")) && Files.isExecutable(bin().resolve("pg_ctl"));
    }

    /** Initialises and starts a cluster; about a second. */
    public static TestPostgres start() {
        // a free port can be taken by another process between choosing it and the server binding it (seen when two
        // test runs share a machine): then the server stops at once, and a new cluster on another port is tried
        for (int attempt = 1; ; attempt++) {
            TestPostgres pg = startOnce();
            try {
                pg.run("pg_ctl", "-D", pg.folder.resolve("cluster").toString(), "-l", pg.folder.resolve("log").toString(), "-w", "-o",
                        "-p " + pg.port + " -k " + pg.folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                + " -c full_page_writes=off -c max_connections=200", "start");
                return pg;
            } catch (IllegalStateException e) {
                String log = pg.log();
                pg.stop();
                if (attempt == 3) throw new IllegalStateException(e.getMessage() + "\n" + log, e);
            }
        }
    }

    private static TestPostgres startOnce() {
        try {
            Path folder = Files.createTempDirectory("upright-pg-");
            TestPostgres pg = new TestPostgres(bin(), folder, freePort());
            Runtime.getRuntime().addShutdownHook(pg.hook);
            pg.run("initdb", "-D", folder.resolve("cluster").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The server's log, for the message when it would not start. */
    private String log() {
        try {
            return Files.exists(folder.resolve("log")) ? Files.readString(folder.resolve("log")) : "(no server log)";
        } catch (IOException e) {
            return "(server log unreadable: " + e.getMessage() + ")";
        }
    }

    /** A new empty database on the cluster; its URL in the form `--db` takes. */
    public String createDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return "postgresql://127.0.0.1:" + port + "/" + name + "?user=postgres";
    }

    public void stop() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs stopQuietly again, harmlessly
        }
    }

    private synchronized void stopQuietly() {
        if (!Files.exists(folder)) return;
        try {
            run("pg_ctl", "-D", folder.resolve("cluster").toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            System.err.println("test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("test PostgreSQL: cannot delete " + folder + ": " + e.getMessage());
        }
    }

    private void run(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            chownToPostgres();
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(program + " failed: " + out.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " interrupted");
        }
    }

    private void chownToPostgres() {
        try {
            Process p = new ProcessBuilder("chown", "-R", "postgres:postgres", folder.toString()).inheritIO().start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
