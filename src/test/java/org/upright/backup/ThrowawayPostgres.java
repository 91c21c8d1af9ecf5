package org.upright.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL 15 cluster in a temporary folder for one test class, started with the binaries of
 * /usr/lib/postgresql/15/bin as the postgres user, and stopped afterwards. Tests skip, saying why, where
 * those binaries are missing.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private final Path folder;
    private final int port;

    private ThrowawayPostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Starts a cluster, or skips the calling test when PostgreSQL 15 is not installed here. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")),
                "PostgreSQL 15 is not installed in " + BIN + " (apt-get install postgresql); the PostgreSQL tests are skipped");
        Path folder = Files.createTempDirectory("upright-pg-");
        run("chown", "-R", "postgres:postgres", folder.toString());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(folder, port);
        asPostgres(BIN.resolve("initdb") + "", "-D", folder.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
        asPostgres(BIN.resolve("pg_ctl") + "", "-D", folder.resolve("data").toString(), "-w", "-l", folder.resolve("log").toString(),
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return pg;
    }

    /** Creates a new empty database and returns its URL in the form `--db` takes. */
    public String createDatabase(String name) throws IOException, InterruptedException {
        asPostgres(BIN.resolve("createdb") + "", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", name);
        return "postgresql://127.0.0.1:" + port + "/" + name + "?user=postgres";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asPostgres(BIN.resolve("pg_ctl") + "", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        run("rm", "-rf", folder.toString());
    }

    private static void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
