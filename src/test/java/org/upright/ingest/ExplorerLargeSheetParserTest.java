package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet of a million rows is read as a stream: a JVM with a heap far smaller than the rows read checks all of it. */
@Tag("integration")
class ExplorerLargeSheetParserTest {
    static final int ROWS = 1_000_000;
    static final String HEAP = "-Xmx192m";
    static final List<String> STATES = List.of("Kazakhstan", "France", "Brazil", "Nigeria", "Japan", "Mexico", "Egypt", "Norway");

    @TempDir
    Path dir;

    /** Rows as the Explorer exports them, report after report, each text its own. */
    private static Iterator<List<String>> rows() {
        return new Iterator<>() {
            int i = -1;

            @Override
            public boolean hasNext() {
                return i < ROWS;
            }

            @Override
            public List<String> next() {
                i++;
                if (i == 0) return ExplorerParserTest.HEADER;
                int report = i / 1_000;
                int council = 21 + report % 12;
                String sur = STATES.get(report % STATES.size());
                String from = STATES.get((report + 1 + i % 7) % STATES.size());
                return ExplorerParserTest.row("16. Peace, justice and strong institutions", sur,
                        "Recommendation " + i + " to protect human rights defenders and journalists from reprisals", "16.10",
                        "Human rights defendersWomen and girls", i % 3 == 0 ? "Noted" : "Supported", from,
                        (2012 + council - 21) + " Cycle 2", "Source:A/HRC/" + council + "/" + report + "|" + (100 + i % 40) + "." + (i % 997) + "|");
            }
        };
    }

    @Test
    void a_sheet_of_a_million_rows_is_checked_in_a_small_heap() throws IOException, InterruptedException {
        Path sheet = Sheets.write(dir.resolve("million.xlsx"), "Explorer", rows());
        Path log = dir.resolve("import.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "--enable-native-access=ALL-UNNAMED", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), "org.upright.Cli",
                "import", "--dry-run", "--data-dir", dir.resolve("data").toString(), sheet.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the dry run ends").isTrue();
        String printed = Files.readString(log);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("\"rows_read\":" + ROWS + ",").contains("\"rejected\":0,").contains("\"files_failed\":0");
    }
}
