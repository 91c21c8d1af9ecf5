package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.ingest.ExplorerParserTest.HEADER;
import static org.upright.ingest.ExplorerParserTest.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestDatabase;
import org.upright.common.StateCode;
import org.upright.config.Settings;
import org.upright.ingest.ImportSummary.FileOutcome;
import org.upright.ingest.ImportSummary.Status;
import org.upright.recommendation.Provenance;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.Response;

/** The Explorer's rows in the record: reviews found from the cited report, merging, final responses, bad files. */
class ExplorerImportTest {
    static final String UPR_INFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";

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

    private ImportSummary importFiles(Path... files) {
        return app.importer().importPaths(List.of(files), Optional.empty(), ImportListener.SILENT);
    }

    private long recommendations() {
        return app.recommendations().count(RecommendationFilter.none());
    }

    @Test
    void a_review_no_other_source_holds_is_placed_in_the_session_whose_report_the_council_adopted() throws IOException {
        Path file = Sheets.write(dir.resolve("s21.xlsx"), "Explorer", List.of(HEADER,
                row("16. Peace, justice and strong institutions", "Kazakhstan", "Abolish the death penalty", "16.1", "", "Noted", "France", "2015 Cycle 2", "Source:A/HRC/29/9|120.1|")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.recommendationsNew()).isEqualTo(1);
        var review = app.reviews().review(StateCode.of("KAZ"), 21).orElseThrow();
        assertThat(review.documentSymbol()).isEqualTo("A/HRC/29/9");
        Recommendation rec = app.recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 21)).get(0);
        assertThat(rec.paragraph()).isEqualTo("120.1");
        assertThat(rec.response()).isEqualTo(Response.NOTED);
        assertThat(rec.responseFinal()).isTrue();
    }

    @Test
    void a_cited_report_whose_council_session_fits_no_working_group_session_of_its_year_is_rejected_with_what_to_do() throws IOException {
        // A/HRC/8/… was adopted in 2008 for sessions 1 and 2: "minus eight" does not hold so early
        Path file = Sheets.write(dir.resolve("early.xlsx"), "Explorer", List.of(HEADER,
                row("", "Tunisia", "Ratify the Optional Protocol to the Convention against Torture", "", "", "Supported", "France", "2008 Cycle 1", "Source:A/HRC/8/21|1|")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.recommendationsNew()).isZero();
        assertThat(summary.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("A/HRC/8/21", "2008", "import the Working Group report or the UPR Info export");
        });
    }

    @Test
    void explorer_rows_join_what_upr_info_gave_of_the_same_review_and_add_their_labels() throws IOException {
        Path uprInfo = Files.writeString(dir.resolve("upr.csv"), UPR_INFO_HEADER + "\r"
                + "Kazakhstan,Asia,OIC,Abolish the death penalty for all crimes,France,WEOG,EU,Noted,5,Death penalty,7", StandardCharsets.UTF_8);
        Path explorer = Sheets.write(dir.resolve("x.xlsx"), "Explorer", List.of(HEADER,
                row("16. Peace, justice and strong institutions", "Kazakhstan", "Abolish the death penalty for all crimes", "16.1", "", "Noted", "France", "2010 Cycle 1", "Source:A/HRC/14/10|97.3|")));
        importFiles(uprInfo);
        ImportSummary summary = importFiles(explorer);
        assertThat(summary.recommendationsMerged()).isEqualTo(1);
        assertThat(recommendations()).isEqualTo(1);
        Recommendation rec = app.recommendations().all(RecommendationFilter.none()).get(0);
        assertThat(rec.labels()).extracting(l -> l.kind() + ":" + l.value()).contains("ISSUE:Death penalty", "SDG:16", "SDG_TARGET:16.1");
        assertThat(app.recommendations().provenance(rec.id())).extracting(Provenance::format).containsExactly("upr-info", "dihr-sdg-explorer");
    }

    @Test
    void a_final_response_from_a_later_source_replaces_a_pending_one_and_the_source_is_named() throws IOException {
        // the UN-report CSV prints the position of the report ("consider" → Pending); the Explorer gives the final one
        Path explorerFirst = Sheets.write(dir.resolve("review.xlsx"), "Explorer", List.of(HEADER,
                row("", "Kazakhstan", "Ratify the Optional Protocol to the Convention on the Rights of Persons with Disabilities", "", "", "Supported", "Spain", "2015 Cycle 2", "Source:A/HRC/29/9|120.2|")));
        importFiles(explorerFirst);
        Path report = Files.writeString(dir.resolve("2015data.csv"), "text,to,decision,from,year\r"
                + "\"120.3 Consider ratifying the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty (Australia);\",kazakhstan,consider,Australia,2015\r", StandardCharsets.UTF_8);
        importFiles(report);
        Recommendation pending = app.recommendations().all(RecommendationFilter.none()).stream()
                .filter(r -> r.text().startsWith("Consider ratifying")).findFirst().orElseThrow();
        assertThat(pending.response()).isEqualTo(Response.PENDING);
        assertThat(pending.responseFinal()).isFalse();
        Path later = Sheets.write(dir.resolve("later.xlsx"), "Explorer", List.of(HEADER,
                row("", "Kazakhstan", "Consider ratifying the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty", "", "", "Noted", "Australia", "2015 Cycle 2", "Source:A/HRC/29/9|120.3|")));
        importFiles(later);
        Recommendation answered = app.recommendations().recommendation(pending.id()).orElseThrow();
        assertThat(answered.response()).isEqualTo(Response.NOTED);
        assertThat(answered.responseFinal()).isTrue();
        Provenance given = Provenance.ofResponse(app.recommendations().provenance(pending.id()), answered.response(), true).orElseThrow();
        assertThat(given.file()).isEqualTo("later.xlsx");
        assertThat(given.line()).isEqualTo(2);
        io.javalin.testtools.JavalinTest.test(app.web(), (server, client) -> {
            String html = client.get("/recommendations/" + pending.id().value()).body().string();
            assertThat(html).contains("final position of the state", "given by DIHR SDG–Human Rights Data Explorer", "later.xlsx</span>, row 2)");
        });
    }

    @Test
    void good_rows_are_imported_and_bad_ones_rejected_with_line_and_reason() throws IOException {
        Path file = Sheets.write(dir.resolve("mixed.xlsx"), "Explorer", List.of(HEADER,
                row("", "Kazakhstan", "Abolish the death penalty", "", "", "Supported", "France", "2015 Cycle 2", "Source:A/HRC/29/9|120.1|"),
                row("", "Kazakhstan", "Free all political prisoners", "", "", "Supported", "Norway", "2015 Cycle 2", "n/a"),
                row("", "Kazakhstan", "Protect journalists", "", "", "Supported", "Norway", "2015 Cycle 2", "Source:A/HRC/29/9|120.4|")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.files()).singleElement().extracting(FileOutcome::status).isEqualTo(Status.IMPORTED);
        assertThat(summary.recommendationsNew()).isEqualTo(2);
        assertThat(summary.rejects()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("mixed.xlsx");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("Document", "'n/a'");
        });
    }

    @Test
    void a_workbook_damaged_half_way_leaves_nothing_behind_and_can_be_imported_once_mended() throws IOException {
        Path whole = Path.of("../shared/data/dihr-sdg-explorer/upr2-cycle2-sessions13-24.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        ImportSummary summary = importFiles(cut);
        assertThat(summary.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.message()).contains("cut.xlsx", "cannot be read", "nothing of it was imported");
        });
        assertThat(recommendations()).isZero();
        assertThat(app.reviews().count(org.upright.review.ReviewFilter.none())).isZero();
    }

    @Test
    void a_workbook_of_another_shape_fails_naming_the_missing_columns_and_writes_nothing() throws IOException {
        Path file = Sheets.write(dir.resolve("budget.xlsx"), "Explorer", List.of(List.of("Item", "Amount"), List.of("Rent", "12")));
        ImportSummary summary = importFiles(file);
        assertThat(summary.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.message()).contains("lacks the columns", "Tekst", "Document");
        });
        assertThat(recommendations()).isZero();
    }
}
