package org.upright.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;

/**
 * `kill -9` of an import in the middle of writing a large file: after a restart the record holds the whole file
 * or none of it, what was committed before is intact, the search index agrees with the record, and importing
 * the file again completes.
 */
class KillDuringImportTest {
    static final Path UPR_INFO = Path.of("../shared/data/upr-info");
    static final String BIG = "14-17.csv";

    @TempDir
    Path dir;

    @Test
    void an_import_killed_while_writing_leaves_all_or_nothing_and_the_earlier_import_intact() throws Exception {
        Path data = dir.resolve("data");
        long committedUpTo;
        RecordCheck before;
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            ImportSummary s = app.importer().importPaths(List.of(UPR_INFO.resolve("18-20-public.csv")), Optional.empty(), ImportListener.SILENT);
            assertThat(s.anyFailed()).isFalse();
            app.search().awaitChanges();
            committedUpTo = RecordCheck.maxId(app);
            before = RecordCheck.of(app, committedUpTo);
        }

        UprightProcess importing = UprightProcess.start(dir.resolve("logs"), "import", "import", "--data-dir", data.toString(),
                UPR_INFO.resolve(BIG).toString());
        Path wal = data.resolve("upright.sqlite-wal");
        // the import is writing once its uncommitted pages spill into the write-ahead log beyond what starting writes
        while (importing.isAlive() && !(Files.exists(wal) && Files.size(wal) > 2_000_000)) Thread.sleep(20);
        assertThat(importing.isAlive()).as("the import was still running when killed: " + importing.describe()).isTrue();
        importing.kill();

        long afterKill;
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            RecordCheck now = RecordCheck.of(app, committedUpTo);
            Optional<Long> imported = RecordCheck.importedFrom(app, BIG);
            assertThat(now.recommendations()).as("the whole file or none of it")
                    .isEqualTo(before.recommendations() + imported.orElse(0L));
            assertThat(now.fingerprint()).as("what was committed before is intact").isEqualTo(before.fingerprint());
            assertThat(now.searchTotal()).as("the index agrees with the record").isEqualTo(now.recommendations());
            assertThat(now.indexed()).isEqualTo(now.recommendations());
            afterKill = now.recommendations();
            System.out.println("after kill -9: " + (imported.isPresent() ? "the whole file" : "none of the file")
                    + " (" + afterKill + " recommendations, " + before.recommendations() + " before)");
        }

        UprightProcess again = UprightProcess.start(dir.resolve("logs"), "again", "import", "--data-dir", data.toString(),
                UPR_INFO.resolve(BIG).toString());
        assertThat(again.await()).as(again.describe()).isZero();
        RecordCheck end = RecordCheck.of(data, committedUpTo);
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            assertThat(RecordCheck.filesNamed(app, BIG)).isEqualTo(1);
            assertThat(end.recommendations()).isEqualTo(before.recommendations() + RecordCheck.importedFrom(app, BIG).orElseThrow());
        }
        assertThat(end.recommendations()).isGreaterThan(before.recommendations());
        assertThat(end.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(end.searchTotal()).isEqualTo(end.recommendations());
    }
}
