package org.upright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `upright serve` processes on one PostgreSQL database, each with its own data folder and search index,
 * see what a third process changes — an import, a label accepted — within two seconds, by following the
 * database's change log.
 */
class SeveralNodesTest {
    static final Duration WITHIN = Duration.ofSeconds(2);
    static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;
    String db;
    final List<Process> processes = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void sharedDatabase() {
        assumeTrue(TestDatabase.postgresql(), "several nodes share a PostgreSQL database (the PostgreSQL pass runs this)");
        db = TestDatabase.url(dir.resolve("shared"));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process p : processes) p.destroy();
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dir.resolve(name).toString(), "--db", db));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    /** Starts `upright serve` on a free port and returns its address once it answers. */
    private String serve(String name) throws Exception {
        Process p = start(name, "serve", "--port", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String log = Files.exists(dir.resolve(name + ".log")) ? Files.readString(dir.resolve(name + ".log")) : "";
            Matcher m = SERVING.matcher(log);
            if (m.find()) return "http://127.0.0.1:" + m.group(1);
            assertThat(p.isAlive()).as(name + " stopped: " + log).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not start: " + Files.readString(dir.resolve(name + ".log")));
    }

    /**
     * Runs a command and returns the moment it printed what it says once its change is committed (the moment the
     * other nodes' two seconds start), after checking it ended well.
     */
    private long runAndNoteTheCommit(String name, String committed, String... args) throws Exception {
        Process p = start(name, args);
        Path log = dir.resolve(name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(log) && Files.readString(log).contains(committed))) {
            assertThat(p.isAlive() || Files.readString(log).contains(committed)).as(name + ": " + Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as(name + " finishes").isLessThan(deadline);
            Thread.sleep(10);
        }
        long at = System.nanoTime();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(name + " finishes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return at;
    }

    private JsonNode search(String node, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** Fails unless every node's search answers the total within {@link #WITHIN} of the commit. */
    private void showWithinTwoSeconds(long committedAt, String query, long total, String... nodes) throws Exception {
        long deadline = committedAt + WITHIN.toNanos();
        for (String node : nodes) {
            while (search(node, query).get("total").asLong() != total) {
                assertThat(System.nanoTime()).as(node + " shows " + query + " = " + total + " within " + WITHIN).isLessThan(deadline);
                Thread.sleep(25);
            }
        }
    }

    @Test
    void two_nodes_show_an_import_and_a_label_made_by_another_process_within_two_seconds() throws Exception {
        String a = serve("a");
        String b = serve("b");
        assertThat(search(a, "Rome Statute").get("total").asLong()).isZero();

        long imported = runAndNoteTheCommit("import", "\"files\":", "import", TestWorld.UPR_INFO_SAMPLE.toString());
        showWithinTwoSeconds(imported, "sur:Algeria", 31, a, b);

        long rome = search(b, "\"Rome Statute\" sur:Algeria").get("hits").get(0).get("id").asLong();
        String labelled = "issue:\"Freedom of the press\"";
        long before = search(a, labelled).get("total").asLong();
        long accepted = runAndNoteTheCommit("label", "accepted for recommendation", "labels", "accept", Long.toString(rome),
                "issue", "Freedom of the press");
        showWithinTwoSeconds(accepted, labelled, before + 1, a, b);
    }
}
