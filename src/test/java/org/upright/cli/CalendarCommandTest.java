package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

/** `upright calendar import` and `upright calendar next` over the real extracts. */
class CalendarCommandTest {
    @TempDir
    static Path dir;
    static String data;


    @BeforeAll
    static void world() {
        TestWorld.withRealExtracts(dir).close();
        data = dir.resolve("data").toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(Path.of(data), 2, args);
    }

    @Test
    void a_schedule_file_is_imported_and_next_lists_every_known_state() throws Exception {
        Path file = Files.writeString(dir.resolve("schedule.csv"), "state,session,review_date\nKazakhstan,34,2019-11-07\nDZA,27,2017-05-08\n");
        CliRun imported = run("calendar", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 reviews confirmed from");
        CliRun next = run("calendar", "next");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out().lines()).anyMatch(l -> l.startsWith("Kazakhstan: review in session "))
                .anyMatch(l -> l.startsWith("Algeria: review in session "));
    }

    @Test
    void a_missing_a_wrong_or_a_non_utf8_file_is_refused_with_what_to_do() throws Exception {
        CliRun missing = run("calendar", "import", dir.resolve("nowhere.csv").toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("There is no file", "give the path of the schedule file");
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "state,session,review_date\nAtlantis,34,2019-11-07\n");
        CliRun refused = run("calendar", "import", wrong.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("Nothing was imported", "line 2: state: No state is known by the code or name 'Atlantis'");
        Path macRoman = Files.write(dir.resolve("macroman.csv"), new byte[] {'s', 't', 'a', 't', 'e', '\r', (byte) 0x8E, '\r'});
        CliRun undecodable = run("calendar", "import", macRoman.toString());
        assertThat(undecodable.code()).isNotZero();
        assertThat(undecodable.err()).contains("is not UTF-8 text");
    }
}
