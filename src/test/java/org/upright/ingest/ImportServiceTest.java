package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestDatabase;
import org.upright.config.Settings;
import org.upright.ingest.ImportSummary.Status;
import org.upright.recommendation.RecommendationFilter;

class ImportServiceTest {
    static final String HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";
    static final String ROW = "Kazakhstan,Asia,OIC,%s,%s,WEOG,EU,Accepted,5,Torture and other CID treatment,7";

    @TempDir
    Path dir;
    App app;

    @BeforeEach
    void open() {
        app = new App(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ImportSummary importFiles(Path... files) {
        return app.importer().importPaths(List.of(files), Optional.empty(), ImportListener.SILENT);
    }

    private long recommendations() {
        return app.recommendations().count(RecommendationFilter.none());
    }

    private static String csv(String... rows) {
        return HEADER + "\r" + String.join("\r", rows);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing() throws IOException {
        Path file = write("a.csv", csv(ROW.formatted("Ratify OPCAT.", "France"), ROW.formatted("Free all detained journalists.", "Spain")));
        ImportSummary first = importFiles(file);
        assertThat(first.jsonLine()).isEqualTo(
                "{\"files\":1,\"rows_read\":2,\"recommendations_new\":2,\"recommendations_merged\":0,\"rejected\":0,\"files_failed\":0}");
        ImportSummary second = importFiles(file);
        assertThat(second.files()).singleElement().extracting(ImportSummary.FileOutcome::status).isEqualTo(Status.ALREADY_IMPORTED);
        assertThat(second.recommendationsNew() + second.recommendationsMerged()).isZero();
        assertThat(recommendations()).isEqualTo(2);
    }

    @Test
    void the_same_recommendation_in_another_file_is_merged_with_two_provenances() throws IOException {
        importFiles(write("a.csv", csv(ROW.formatted("Ratify the Optional Protocol to the Convention against Torture.", "France"))));
        ImportSummary again = importFiles(write("b.csv", csv(ROW.formatted("Ratify the Optional Protocol to the Convention against Torture", "Spain"))));
        assertThat(again.recommendationsMerged()).isEqualTo(1);
        var rec = app.recommendations().find(RecommendationFilter.none(), new org.upright.common.PageRequest(1, 10)).items();
        assertThat(rec).singleElement().satisfies(r -> {
            assertThat(r.recommendingStates()).extracting(Object::toString).containsExactly("ESP", "FRA");
            assertThat(app.recommendations().provenance(r.id())).extracting(p -> p.file()).containsExactly("a.csv", "b.csv");
        });
    }

    @Test
    void a_file_that_fails_half_way_leaves_nothing_behind() throws Exception {
        boolean postgresql = TestDatabase.postgresql();
        try (var c = app.database().connection(); var st = c.createStatement()) {
            // a failure half way through the file, by a trigger in each database's own dialect
            if (postgresql) {
                st.execute("CREATE FUNCTION break_on_purpose() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.text LIKE '%FAIL-HERE%' THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; END $$");
                st.execute("CREATE TRIGGER break_on_purpose BEFORE INSERT ON recommendation FOR EACH ROW"
                        + " EXECUTE FUNCTION break_on_purpose()");
            } else {
                st.execute("CREATE TRIGGER break_on_purpose BEFORE INSERT ON recommendation WHEN NEW.text LIKE '%FAIL-HERE%'"
                        + " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
            }
        }
        Path file = write("a.csv", csv(ROW.formatted("First.", "France"), ROW.formatted("Second.", "Spain"),
                ROW.formatted("FAIL-HERE", "Italy")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.anyFailed()).isTrue();
        assertThat(summary.files().get(0).message()).contains("a.csv").contains("nothing of it was kept").contains("disk is full");
        assertThat(recommendations()).isZero();
        try (var c = app.database().connection(); var st = c.createStatement()) {
            st.execute(postgresql ? "DROP TRIGGER break_on_purpose ON recommendation" : "DROP TRIGGER break_on_purpose");
        }
        assertThat(importFiles(file).recommendationsNew()).isEqualTo(3);
    }

    @Test
    void an_empty_file_a_binary_file_and_an_unknown_format_fail_with_a_message() throws IOException {
        ImportSummary summary = importFiles(write("empty.csv", ""), write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                write("notes.txt", "Dear colleagues,\nplease find attached…\n"));
        assertThat(summary.files()).extracting(ImportSummary.FileOutcome::status).containsOnly(Status.FAILED);
        assertThat(summary.files()).extracting(ImportSummary.FileOutcome::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("empty.csv").contains("empty"),
                m -> assertThat(m).contains("image.png").contains("binary"),
                m -> assertThat(m).contains("notes.txt").contains("not in a format UPRight knows").contains("--format"));
        assertThat(recommendations()).isZero();
    }

    @Test
    void files_in_no_known_format_inside_a_folder_are_skipped_not_failed() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        write("folder/README.md", "# About this data\n");
        write("folder/a.csv", csv(ROW.formatted("Ratify OPCAT.", "France")));
        ImportSummary summary = importFiles(dir.resolve("folder"));
        assertThat(summary.anyFailed()).isFalse();
        assertThat(summary.files()).extracting(ImportSummary.FileOutcome::status).containsExactlyInAnyOrder(Status.SKIPPED, Status.IMPORTED);
    }

    @Test
    void a_missing_path_fails_with_its_name() {
        ImportSummary summary = importFiles(dir.resolve("nowhere.csv"));
        assertThat(summary.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.message()).contains("nowhere.csv").contains("no such file");
        });
    }

    @Test
    void a_field_of_fifty_megabytes_is_rejected_and_the_other_rows_kept() throws IOException {
        String huge = "x".repeat(50 * 1024 * 1024);
        Path file = write("huge.csv", csv(ROW.formatted("Ratify OPCAT.", "France"), ROW.formatted(huge, "Spain"),
                ROW.formatted("Protect journalists.", "Italy")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.recommendationsNew()).isEqualTo(2);
        assertThat(summary.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("longer than");
        });
    }

    @Test
    void mixed_encodings_are_read_line_by_line() throws IOException {
        byte[] utf8 = csv(ROW.formatted("Protect the rights of the Roma in Côte d’Ivoire.", "France")).getBytes(StandardCharsets.UTF_8);
        byte[] macRoman = ("\r" + ROW.formatted("Ensure non-discrimination in employment for women in Côte d’Ivoire now.", "Spain"))
                .getBytes(TextDecoding.MAC_ROMAN);
        byte[] both = new byte[utf8.length + macRoman.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(macRoman, 0, both, utf8.length, macRoman.length);
        importFiles(write("mixed.csv", both));
        var texts = app.recommendations().all(RecommendationFilter.none()).stream().map(r -> r.text()).toList();
        assertThat(texts).containsExactlyInAnyOrder("Protect the rights of the Roma in Côte d’Ivoire.",
                "Ensure non-discrimination in employment for women in Côte d’Ivoire now.");
    }

    @Test
    void an_unknown_session_is_rejected_with_a_reason() throws IOException {
        Path file = write("s.csv", csv(ROW.formatted("Ratify OPCAT.", "France").replaceAll(",7$", ",99")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no Working Group session 99"));
        assertThat(recommendations()).isZero();
    }

    @Test
    void a_year_only_row_waits_for_its_review_and_comes_in_when_the_file_is_imported_again() throws IOException {
        Path csv = write("2010data.csv", "text,to,decision,from,year\r"
                + "\"67.1 Ratify the Optional Protocol to the Convention against Torture (France);\",kazakhstan,support,France,2010\r");
        ImportSummary first = importFiles(csv);
        assertThat(first.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("no review of KAZ in 2010").contains("import the Working Group report or the UPR Info export"));
        assertThat(importFiles(csv).files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.ALREADY_IMPORTED);
            assertThat(f.message()).contains("no review was added since");
        });
        importFiles(write("6-9.csv", csv(ROW.formatted("Free all detained journalists.", "Spain").replaceAll(",7$", ",7"))));
        ImportSummary again = importFiles(csv);
        assertThat(again.rejects()).isEmpty();
        assertThat(again.recommendationsNew()).isEqualTo(1);
        assertThat(app.reviews().review(org.upright.common.StateCode.of("KAZ"), 7)).isPresent();
    }

    @Test
    void two_imports_of_the_same_file_at_the_same_instant_keep_it_once_and_neither_fails() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        int created = 0;
        try {
            for (int round = 0; round < 4; round++) {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < 40; i++) rows.add(ROW.formatted("Round " + round + ": protect the rights of group " + i + ".", "France"));
                Path file = write("same-" + round + ".csv", csv(rows.toArray(String[]::new)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ImportSummary>> imports = new ArrayList<>();
                for (int t = 0; t < 2; t++) imports.add(two.submit(() -> {
                    start.await();
                    return importFiles(file);
                }));
                start.countDown();
                List<ImportSummary.FileOutcome> outcomes = new ArrayList<>();
                for (Future<ImportSummary> f : imports) outcomes.addAll(f.get(2, TimeUnit.MINUTES).files());
                assertThat(outcomes).extracting(ImportSummary.FileOutcome::status).as("round " + round + ": " + outcomes)
                        .containsExactlyInAnyOrder(Status.IMPORTED, Status.ALREADY_IMPORTED);
                created += outcomes.stream().mapToInt(ImportSummary.FileOutcome::recommendationsNew).sum();
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(new JooqSourceFileStore(app.database()).all()).extracting(SourceFileStore.ImportedFile::name)
                .containsExactly("same-0.csv", "same-1.csv", "same-2.csv", "same-3.csv");
        assertThat(recommendations()).isEqualTo(created);
    }
}
