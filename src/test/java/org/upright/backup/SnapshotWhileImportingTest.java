package org.upright.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.common.ChangeEvents;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.RecommendationFilter;
import org.upright.store.Database;

/**
 * A backup taken while files are being imported is one consistent snapshot: it holds each file whole or not at
 * all, every row it holds refers to rows it also holds, and it restores.
 */
class SnapshotWhileImportingTest {
    static final Path UPR_INFO = Path.of("../shared/data/upr-info");

    @TempDir
    Path dir;

    /** What a backup holds, read back from its entries. */
    record Contents(Map<String, Set<Long>> ids, long recommendations, long newPerSourceFiles, List<String> dangling) {
    }

    @Test
    void backups_taken_during_imports_hold_whole_files_and_no_dangling_rows() throws Exception {
        try (App app = new App(new Settings(dir.resolve("data"), null, 0, "127.0.0.1"))) {
            importFile(app, "18-20-public.csv");
            long before = app.recommendations().count(RecommendationFilter.none());
            BackupService backups = BackupService.over(app.database(), new ChangeEvents());

            CompletableFuture<List<Integer>> importing = CompletableFuture.supplyAsync(() ->
                    // four files, so that on a fast machine too the imports outlast several backups
                    List.of(importFile(app, "10-13.csv"), importFile(app, "14-17.csv"), importFile(app, "6-9.csv"),
                            importFile(app, "1-5.csv")));
            List<Path> taken = new ArrayList<>();
            int startedWhileImporting = 0;
            // at least two, so one follows another; how many overlap the imports depends on the machine's speed
            while (!importing.isDone() || taken.size() < 2) {
                if (!importing.isDone()) startedWhileImporting++;
                Path file = dir.resolve("during-" + taken.size() + ".zip");
                backups.backup(file);
                taken.add(file);
            }
            List<Integer> added = importing.get();
            Set<Long> wholeFiles = new HashSet<>(Set.of(before));
            long afterEach = before;
            for (int n : added) wholeFiles.add(afterEach += n);

            Set<Long> seen = new HashSet<>();
            for (Path file : taken) {
                Contents c = contents(file);
                assertThat(c.dangling()).as(file + " refers only to rows it holds").isEmpty();
                assertThat(c.recommendations()).as(file + " holds every file whole or not at all").isIn(wholeFiles);
                assertThat(c.recommendations()).as(file + ": the files it holds account for its recommendations")
                        .isEqualTo(c.newPerSourceFiles());
                seen.add(c.recommendations());
            }
            assertThat(startedWhileImporting).as("backups were started while the files were imported").isGreaterThan(0);
            // the last backup taken while importing restores (foreign keys are checked as it goes back)
            Path last = taken.get(taken.size() - 1);
            try (Database restored = Database.connect(dir.resolve("restored"), null)) {
                RestoreSummary s = BackupService.over(restored, new ChangeEvents()).restore(last, false);
                assertThat(s.rows().get("recommendation")).isEqualTo(contents(last).recommendations());
            }
            System.out.println("backups taken during the imports: " + taken.size() + ", recommendation counts seen: " + seen);
        }
    }

    private int importFile(App app, String name) {
        ImportSummary s = app.importer().importPaths(List.of(UPR_INFO.resolve(name)), Optional.empty(), ImportListener.SILENT);
        assertThat(s.files()).allMatch(f -> f.status() == ImportSummary.Status.IMPORTED);
        return s.files().getFirst().recommendationsNew();
    }

    /** Reads a backup's ids and references: recommendation → review, provenance/label/recommending state → recommendation, … */
    private static Contents contents(Path file) throws IOException {
        Map<String, Set<Long>> ids = new HashMap<>();
        Map<String, List<long[]>> refs = new HashMap<>();
        long[] newPerFiles = {0};
        try (BackupReader reader = BackupReader.open(file)) {
            reader.verify();
            for (Manifest.Entry e : reader.manifest().tables()) {
                List<String> cols = e.columns().stream().map(Manifest.EntryColumn::name).toList();
                Set<Long> own = new HashSet<>();
                ids.put(e.name(), own);
                reader.rows(e).forEach(row -> {
                    if (cols.contains("id")) own.add((Long) row[cols.indexOf("id")]);
                    if (e.name().equals("source_file")) newPerFiles[0] += (Long) row[cols.indexOf("recommendations_new")];
                    for (String ref : List.of("review_id", "recommendation_id", "source_file_id")) {
                        if (cols.contains(ref)) refs.computeIfAbsent(e.name() + "." + ref, k -> new ArrayList<>())
                                .add(new long[] {(Long) row[cols.indexOf(ref)]});
                    }
                });
            }
        }
        List<String> dangling = new ArrayList<>();
        refs.forEach((column, values) -> {
            String parent = column.substring(column.indexOf('.') + 1).replace("_id", "");
            long missing = values.stream().filter(v -> !ids.get(parent).contains(v[0])).count();
            if (missing > 0) dangling.add(column + ": " + missing + " rows refer to a missing " + parent);
        });
        return new Contents(ids, ids.get("recommendation").size(), newPerFiles[0], dangling);
    }
}
