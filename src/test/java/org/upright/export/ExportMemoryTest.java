package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.Cli;
import org.upright.TestDatabase;
import org.upright.TestWorld;
import org.upright.search.IndexProgress;
import org.upright.store.Database;

/**
 * Exports stream: a hundred thousand recommendations, each with a few hundred characters of Cyrillic text
 * (over 60 MB as Java strings, more than the whole heap), export as CSV, XLSX and JSON through `upright export`
 * in a separate JVM held to a 64 MB heap. An export that gathered its rows before writing them would run out
 * of memory there.
 */
class ExportMemoryTest {
    static final int ROWS = 100_000;
    static final String HEAP = "-Xmx64m";
    static final List<String> FORMATS = List.of("csv", "xlsx", "json");

    @TempDir
    static Path dir;
    static Path data;
    static String log;

    @BeforeAll
    static void exportAHundredThousandRecommendationsInASmallHeap() throws Exception {
        data = dir.resolve("data");
        try (TestWorld world = TestWorld.empty(dir)) {
            generate(world.app().database());
            world.app().search().rebuild(IndexProgress.SILENT);
            assertThat(world.app().search().indexed()).isEqualTo(ROWS);
        }
        log = exportInSmallHeap();
    }

    /**
     * Writes the rows straight into the record, as an import would leave them, in a few statements: the
     * importer's matching is tested elsewhere and would take most of this test's time.
     */
    private static void generate(Database db) {
        db.transaction(() -> {
            var sql = db.dsl();
            sql.execute("INSERT INTO source_file (sha256, name, path, format, imported_at, rows_read, recommendations_new,"
                    + " recommendations_merged, rejected) VALUES ('generated', 'generated.csv', 'generated.csv', 'upr-info',"
                    + " '2026-01-01T00:00:00Z', " + ROWS + ", " + ROWS + ", 0, 0)");
            sql.execute("INSERT INTO review (state_code, session_number) SELECT s.code, n.number FROM state s"
                    + " JOIN session n ON n.number <= 40 WHERE s.member ORDER BY n.number, s.code");
            sql.execute("WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < " + (ROWS - 1) + ")"
                    + " INSERT INTO recommendation (review_id, text, response, response_final, pledge, action_category, created_at)"
                    + " SELECT (SELECT MIN(id) FROM review) + i % (SELECT COUNT(*) FROM review),"
                    + " 'Рекомендация ' || i || ': обеспечить свободу мирных собраний и выражения мнений, расследовать все"
                    + " случаи пыток и жестокого обращения, привлечь виновных к ответственности и гарантировать независимость"
                    + " судебной системы; ratify the Optional Protocol ' || i,"
                    + " CASE i % 3 WHEN 0 THEN 'NOTED' ELSE 'SUPPORTED' END, TRUE, FALSE, 1 + i % 5, '2026-01-01T00:00:00Z'"
                    + " FROM seq");
            // the next member state of each review first: a correlated subquery in the join would run per row pair
            sql.execute("INSERT INTO recommending_state (recommendation_id, state_code) SELECT r.id, n.next"
                    + " FROM recommendation r JOIN (SELECT v.id, (SELECT MIN(code) FROM state WHERE member AND code > v.state_code)"
                    + " AS next FROM review v) n ON n.id = r.review_id WHERE n.next IS NOT NULL");
            sql.execute("INSERT INTO label (recommendation_id, kind, value, origin) SELECT id, 'ISSUE', 'Torture and other CID',"
                    + " 'SOURCE' FROM recommendation");
            sql.execute("INSERT INTO provenance (recommendation_id, source_file_id, line, raw_response)"
                    + " SELECT r.id, f.id, r.id + 1, 'Accepted' FROM recommendation r, source_file f");
        });
    }

    /** Runs `upright export` once per format in one JVM with a small heap; returns what it printed. */
    private static String exportInSmallHeap() throws Exception {
        Path output = dir.resolve("exports.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-Dupright.test.dburl=" + (TestDatabase.url(data) == null ? "" : TestDatabase.url(data)), "--enable-native-access=ALL-UNNAMED", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), SmallHeapExports.class.getName(), data.toString(),
                dir.toString()));
        command.addAll(FORMATS);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the exports finish").isTrue();
        String printed = Files.readString(output);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    /** The forked JVM: `upright export` for each format, stopping at the first that fails. */
    public static final class SmallHeapExports {
        public static void main(String[] args) {
            for (String format : List.of(args).subList(2, args.length)) {
                List<String> line = new ArrayList<>(List.of("export", "--data-dir", args[0], "--format", format, "--out",
                        Path.of(args[1], "all." + format).toString()));
                String db = System.getProperty("upright.test.dburl", "");
                if (!db.isEmpty()) line.addAll(List.of("--db", db));
                int code = Cli.run(line.toArray(String[]::new));
                if (code != 0) System.exit(code);
            }
            System.exit(0);
        }
    }

    @Test
    void every_row_is_exported_as_csv() throws IOException {
        assertThat(log).contains(String.format("%,d rows written to %s", ROWS, dir.resolve("all.csv")));
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("all.csv"), StandardCharsets.UTF_8)) {
            assertThat(in.lines().count()).isEqualTo(1 + ROWS);
        }
    }

    @Test
    void every_row_is_exported_as_xlsx() throws IOException {
        assertThat(log).contains(String.format("%,d rows written to %s", ROWS, dir.resolve("all.xlsx")));
        // through the central directory: the streaming ZipInputStream misreads the data descriptors fastexcel writes
        try (ZipFile zip = new ZipFile(dir.resolve("all.xlsx").toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).as("the workbook's first sheet").isNotNull();
            try (InputStream in = zip.getInputStream(sheet)) {
                assertThat(count(in, "<row ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1 + ROWS);
            }
        }
    }

    @Test
    void every_row_is_exported_as_json() throws IOException {
        assertThat(log).contains(String.format("%,d rows written to %s", ROWS, dir.resolve("all.json")));
        int objects = 0;
        try (JsonParser parser = new ObjectMapper().getFactory().createParser(dir.resolve("all.json").toFile())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                objects++;
            }
        }
        assertThat(objects).isEqualTo(ROWS);
    }

    /** How often the pattern occurs in the stream, read without holding it. */
    private static long count(InputStream stream, byte[] pattern) throws IOException {
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        long found = 0;
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == pattern[matched]) {
                if (++matched == pattern.length) {
                    found++;
                    matched = 0;
                }
            } else {
                matched = b == pattern[0] ? 1 : 0;
            }
        }
        return found;
    }
}
