package org.upright.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.search.Facet;
import org.upright.search.SearchRequest;
import org.upright.search.SearchSort;

/**
 * Writers at the same time leave a consistent record: two import processes into one data folder (different
 * files, then the same file), and people accepting and rejecting labels while others search.
 */
class ConcurrentWritersTest {
    static final Path UPR_INFO = Path.of("../shared/data/upr-info");

    @TempDir
    Path dir;

    /** A data folder holding one committed import, and the state of its record. */
    private RecordCheck seed(Path data) {
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            ImportSummary s = app.importer().importPaths(List.of(UPR_INFO.resolve("18-20-public.csv")), Optional.empty(), ImportListener.SILENT);
            assertThat(s.anyFailed()).isFalse();
            app.search().awaitChanges();
            return RecordCheck.of(app, Long.MAX_VALUE);
        }
    }

    private UprightProcess importing(String name, Path data, String file) throws Exception {
        return UprightProcess.start(dir.resolve("logs"), name, "import", "--data-dir", data.toString(), UPR_INFO.resolve(file).toString());
    }

    @Test
    void two_processes_importing_different_files_at_once_both_complete_and_keep_both() throws Exception {
        Path data = dir.resolve("different");
        RecordCheck before = seed(data);
        UprightProcess a = importing("a", data, "1-5.csv");
        UprightProcess b = importing("b", data, "voluntary.csv");
        assertThat(a.await()).as(a.describe()).isZero();
        assertThat(b.await()).as(b.describe()).isZero();

        RecordCheck after = RecordCheck.of(data, before.recommendations());
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            long added = RecordCheck.importedFrom(app, "1-5.csv").orElseThrow() + RecordCheck.importedFrom(app, "voluntary.csv").orElseThrow();
            assertThat(after.recommendations()).isEqualTo(before.recommendations() + added);
        }
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(after.searchTotal()).as("the index agrees with the record").isEqualTo(after.recommendations());
    }

    @Test
    void two_processes_importing_the_same_file_at_once_import_it_once() throws Exception {
        Path data = dir.resolve("same");
        RecordCheck before = seed(data);
        UprightProcess a = importing("same-a", data, "voluntary.csv");
        UprightProcess b = importing("same-b", data, "voluntary.csv");
        int exitA = a.await();
        int exitB = b.await();

        RecordCheck after = RecordCheck.of(data, before.recommendations());
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            assertThat(RecordCheck.filesNamed(app, "voluntary.csv")).isEqualTo(1);
            assertThat(after.recommendations()).isEqualTo(before.recommendations() + RecordCheck.importedFrom(app, "voluntary.csv").orElseThrow());
        }
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(after.searchTotal()).isEqualTo(after.recommendations());
        // one imports it, the other finds it imported: both succeed, and say which did what
        assertThat(List.of(exitA, exitB)).as(a.describe() + "\n" + b.describe()).containsOnly(0);
        assertThat(a.stdout() + b.stdout()).contains("\"recommendations_new\":0", "\"files_failed\":0");
    }

    @Test
    void labels_accepted_and_rejected_while_others_search_leave_the_index_agreeing_with_the_record() throws Exception {
        Path data = dir.resolve("edits");
        seed(data);
        String issue = "Death penalty";
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            List<Recommendation> all = app.recommendations().all(RecommendationFilter.none());
            SearchRequest byIssue = new SearchRequest("", Map.of(Facet.ISSUE, List.of(issue)), SearchSort.RELEVANCE, 1, 20, false);
            AtomicBoolean editing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> editors = new ArrayList<>();
            for (int part = 0; part < 2; part++) {
                int offset = part;
                editors.add(pool.submit(() -> {
                    for (int i = offset; i < 400; i += 2) {
                        Recommendation r = all.get(i * (all.size() / 400));
                        app.classification().accept(r.id(), "issue", issue);
                        app.classification().reject(r.id(), "sdg", "16");
                    }
                }));
            }
            for (int s = 0; s < 2; s++) {
                pool.submit(() -> {
                    long last = -1;
                    while (editing.get()) {
                        try {
                            long total = app.search().search(byIssue).total();
                            if (total < last) failures.add(new AssertionError("hits went down from " + last + " to " + total));
                            last = total;
                            app.search().search(SearchRequest.of("torture OR \"death penalty\"")).total();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                });
            }
            for (Future<?> f : editors) f.get();
            editing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            assertThat(failures).isEmpty();

            app.search().awaitChanges();
            long labelled = app.database().dsl().fetchOne("SELECT count(DISTINCT recommendation_id) FROM label WHERE kind = 'ISSUE' AND value = ?",
                    issue).get(0, Long.class);
            long rejected = app.database().dsl().fetchOne("SELECT count(*) FROM label_rejection WHERE kind = 'SDG' AND value = '16'")
                    .get(0, Long.class);
            assertThat(labelled).isGreaterThanOrEqualTo(400);
            assertThat(rejected).isEqualTo(400);
            assertThat(app.search().search(byIssue).total()).as("the index agrees with the record").isEqualTo(labelled);
        }
    }
}
