package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.common.StateCode;
import org.upright.TestDatabase;
import org.upright.config.Settings;
import org.upright.ingest.ImportSummary.FileOutcome;
import org.upright.ingest.ImportSummary.Status;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;

/** Imports all of ../shared/data once, as `demo` does, and checks what the record then holds. */
@Tag("integration")
class FullImportTest {
    static final Path DATA = Path.of("../shared/data");

    @TempDir
    static Path dir;
    static App app;
    static ImportSummary summary;

    @BeforeAll
    static void importEverything() {
        app = new App(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1"));
        summary = app.importer().importPaths(List.of(DATA), Optional.empty(), ImportListener.SILENT);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static Map<String, FileOutcome> byName() {
        return summary.files().stream().collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), f -> f,
                (a, b) -> a));
    }

    @Test
    void no_file_fails_and_only_non_data_files_are_skipped() {
        assertThat(summary.files()).filteredOn(f -> f.status() == Status.FAILED).isEmpty();
        assertThat(summary.files()).filteredOn(f -> f.status() == Status.SKIPPED)
                .extracting(f -> Path.of(f.path()).getFileName().toString())
                .containsExactlyInAnyOrder("README.md", "kazakhstan-upr-2019-press-release.txt",
                        // the addendum of Slovenia's first review answers by number and holds no recommendation texts
                        "slovenia-cycle1_A_HRC_14_15_Working_Group_Report.md");
    }

    @Test
    void the_upr_info_export_reads_all_35847_rows_and_the_pledges() {
        Map<String, FileOutcome> files = byName();
        int exportRows = List.of("1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "18-20-public.csv").stream()
                .mapToInt(name -> files.get(name).rowsRead()).sum();
        assertThat(exportRows).isEqualTo(35_847);
        assertThat(files.get("voluntary.csv").rowsRead()).isEqualTo(947);
        assertThat(files.get("1-5.csv").rejected()).isZero();
    }

    @Test
    void every_rejected_row_names_its_file_line_and_reason() {
        assertThat(summary.rejects()).allSatisfy(r -> {
            assertThat(r.file()).isNotBlank();
            assertThat(r.line()).isPositive();
            assertThat(r.reason()).isNotBlank();
        });
        assertThat(summary.rejected()).isEqualTo(summary.rejects().size());
    }

    @Test
    void the_record_holds_every_cycle_1_and_2_review_in_the_data() {
        var stats = app.recommendations().stats();
        assertThat(stats.byCycle().keySet()).contains(1, 2, 3);
        assertThat(stats.bySession().keySet()).contains(1, 12, 13, 17, 18, 19, 20, 34);
        assertThat(stats.byStateUnderReview()).hasSizeGreaterThanOrEqualTo(193);
    }

    @Test
    void kazakhstan_2014_report_and_upr_info_rows_become_one_record() {
        var review = app.reviews().review(StateCode.of("KAZ"), 20).orElseThrow();
        List<Recommendation> recs = app.recommendations().all(RecommendationFilter.ofReview(review.state(), 20));
        // the report's 47 + 96 + 51; every UPR Info row, the UN-report CSV rows and the damaged early copy merge into them
        assertThat(recs).hasSize(47 + 96 + 51);
        assertThat(recs).allSatisfy(r -> assertThat(r.paragraph()).matches("12[456]\\.\\d+"));
        long withUprInfo = recs.stream().filter(r -> app.recommendations().provenance(r.id()).stream()
                .anyMatch(p -> p.file().equals("18-20-public.csv"))).count();
        assertThat(withUprInfo).isEqualTo(189);
        // the final answer comes with UPR Info; the report alone gives the position printed before the addendum
        assertThat(recs).filteredOn(Recommendation::responseFinal).hasSize(189);
        assertThat(review.documentSymbol()).isEqualTo("A/HRC/28/10");
    }

    @Test
    void a_thematic_list_and_the_report_of_one_review_are_one_record() {
        var review = app.reviews().review(StateCode.of("SVN"), 34).orElseThrow();
        List<Recommendation> recs = app.recommendations().all(RecommendationFilter.ofReview(review.state(), 34));
        assertThat(recs).hasSizeBetween(215, 219);
        assertThat(recs).filteredOn(r -> r.labels().stream().anyMatch(l -> l.kind() == org.upright.recommendation.LabelKind.THEME))
                .hasSize(215);
        assertThat(review.documentSymbol()).isEqualTo("A/HRC/43/15");
    }

    @Test
    void importing_everything_again_changes_nothing() {
        long before = app.recommendations().count(RecommendationFilter.none());
        ImportSummary again = app.importer().importPaths(List.of(DATA), Optional.empty(), ImportListener.SILENT);
        assertThat(again.recommendationsNew()).isZero();
        assertThat(again.recommendationsMerged()).isZero();
        assertThat(app.recommendations().count(RecommendationFilter.none())).isEqualTo(before);
    }

    @Test
    void both_explorer_exports_are_read_whole_and_reach_session_24() {
        Map<String, FileOutcome> files = byName();
        assertThat(files.get("upr1-cycle1.xlsx").rowsRead()).isEqualTo(20_678);
        assertThat(files.get("upr2-cycle2-sessions13-24.xlsx").rowsRead()).isEqualTo(30_592);
        assertThat(summary.rejects()).noneMatch(r -> r.file().endsWith(".xlsx"));
        var bySession = app.recommendations().stats().bySession();
        // sessions 21-24 are in no other file: every one of their reviews comes from the Explorer, its report cited
        for (int s = 21; s <= 24; s++) {
            int session = s;
            assertThat(bySession.get(session)).as("session " + session).isGreaterThan(2_500);
            assertThat(app.reviews().find(new org.upright.review.ReviewFilter(null, null, session), new org.upright.common.PageRequest(1, 100)).items())
                    .isNotEmpty().allSatisfy(r -> assertThat(r.documentSymbol()).matches("A/HRC/" + (session + 8) + "/\\d+"));
        }
    }

    @Test
    void explorer_rows_of_sessions_13_to_20_join_the_recommendations_other_sources_gave() {
        long explorerOnly = 0;
        long joined = 0;
        for (int session = 13; session <= 20; session++) {
            List<Recommendation> recs = app.recommendations().all(new RecommendationFilter(null, List.of(), null, session, null, null, null));
            var provenance = app.recommendations().provenance(recs.stream().map(Recommendation::id).toList());
            for (Recommendation r : recs) {
                var sources = provenance.getOrDefault(r.id(), List.of());
                if (sources.stream().noneMatch(p -> p.format().equals("dihr-sdg-explorer"))) continue;
                if (sources.stream().allMatch(p -> p.format().equals("dihr-sdg-explorer"))) explorerOnly++;
                else joined++;
            }
        }
        // measured in docs/IMPORT.md: the Explorer-only ones are Equatorial Guinea 2014 (no other source) and a handful
        assertThat(joined).isGreaterThan(18_000);
        assertThat(explorerOnly).isLessThan(joined / 50);
    }

    @Test
    void explorer_goals_targets_and_groups_are_labels_given_by_the_source() {
        var review = app.reviews().review(StateCode.of("KAZ"), 20).orElseThrow();
        List<Recommendation> recs = app.recommendations().all(RecommendationFilter.ofReview(review.state(), 20));
        var sdgs = recs.stream().flatMap(r -> r.labels().stream())
                .filter(l -> l.kind() == org.upright.recommendation.LabelKind.SDG).toList();
        assertThat(sdgs).isNotEmpty().allSatisfy(l -> assertThat(l.origin()).isEqualTo(org.upright.recommendation.LabelOrigin.SOURCE));
        assertThat(sdgs).extracting(org.upright.recommendation.Label::value).contains("16", org.upright.recommendation.Label.NO_SDG);
        assertThat(recs.stream().flatMap(r -> r.labels().stream()).filter(l -> l.kind() == org.upright.recommendation.LabelKind.SDG_TARGET))
                .extracting(org.upright.recommendation.Label::value).contains("16.3");
    }

    @Test
    void a_response_says_which_source_gave_it() {
        var review = app.reviews().review(StateCode.of("AFG"), 18).orElseThrow();
        Recommendation rec = app.recommendations().all(RecommendationFilter.ofReview(review.state(), 18)).stream()
                .filter(r -> r.responseFinal()).findFirst().orElseThrow();
        var given = org.upright.recommendation.Provenance.ofResponse(app.recommendations().provenance(rec.id()), rec.response(), true);
        assertThat(given).isPresent();
        assertThat(given.get().responseFinal()).isTrue();
        assertThat(given.get().rawResponse()).isEqualTo(rec.response().label());
    }

    @Test
    void chinas_2013_thematic_list_joins_the_other_sources_of_that_review() {
        FileOutcome china = byName().get("china-cycle2-thematic-list.docx");
        assertThat(china.status()).isEqualTo(Status.IMPORTED);
        assertThat(china.recommendationsMerged()).isGreaterThan(china.recommendationsNew());
        assertThat(app.reviews().review(StateCode.of("CHN"), 17)).isPresent();
    }
}
