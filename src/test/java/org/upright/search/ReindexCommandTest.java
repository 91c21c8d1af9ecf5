package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Stream;
import org.upright.Cli;
import org.upright.TestDatabase;

/** `upright reindex` rebuilds the index of a data folder and says how many it indexed. */
class ReindexCommandTest {
    @TempDir
    Path dir;

    @Test
    void reindex_rebuilds_the_index_and_prints_the_count() throws Exception {
        Path data;
        try (SearchWorld world = SearchWorld.create(dir)) {
            data = world.app().settings().dataDir();
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
            exit = Cli.run(Stream.concat(Stream.of("reindex"), TestDatabase.options(data).stream()).toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).matches("(?s)indexed 26 recommendations and pledges in [0-9.]+ s\\s*");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("Building the search index (asked for)")
                .contains("26 of 26 recommendations indexed (100%)");
        assertThat(Files.readString(data.resolve("index").resolve(SearchIndex.MARKER)).strip()).isEqualTo(IndexFields.VERSION);
    }
}
