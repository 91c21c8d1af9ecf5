package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.upright.common.StateCode;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.review.Review;

/**
 * The world route and browser tests run in: an {@link App} over a fresh data folder holding real extracts —
 * 35 rows of a UPR Info export (Algeria, session 13: 31 recommendations, 3 supported, 28 noted) and
 * Kazakhstan's 2014 Working Group report A/HRC/28/10 (session 20: 194 recommendations in paragraphs 124–126,
 * two of them made by Algeria).
 */
public final class TestWorld implements AutoCloseable {
    public static final Path FIXTURES = Path.of("../shared/data/fixtures");
    public static final Path UPR_INFO_SAMPLE = FIXTURES.resolve("upr_info_raw_macroman_cr_sample.csv");
    public static final Path KAZAKHSTAN_REPORT = FIXTURES.resolve("kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt");

    /** A recommendation of the UPR Info sample: Algeria, session 13, made by Slovakia, Noted. */
    public static final String ROME_STATUTE = "Ratify the Rome Statute of the International Criminal Court including its Agreement on Privileges and Immunities";

    private final App app;

    private TestWorld(App app) {
        this.app = app;
    }

    /** An app with nothing imported. */
    public static TestWorld empty(Path dir) {
        return empty(dir, s -> s);
    }

    /** An app with nothing imported, its settings changed first (a mail server, a public address). */
    public static TestWorld empty(Path dir, java.util.function.UnaryOperator<Settings> adjust) {
        return new TestWorld(new App(adjust.apply(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1"))));
    }

    /** The app opened again on the folder (and database) a closed world left behind. */
    public static TestWorld reopen(Path dir) {
        return empty(dir);
    }

    /** An app with the real extracts imported. */
    public static TestWorld withRealExtracts(Path dir) {
        TestWorld world = empty(dir);
        for (Path file : List.of(UPR_INFO_SAMPLE, KAZAKHSTAN_REPORT)) {
            ImportSummary summary = world.importFile(file);
            assertThat(summary.files()).as(file + " imports").allMatch(f -> f.status() == ImportSummary.Status.IMPORTED);
        }
        return world;
    }

    public ImportSummary importFile(Path file) {
        return app.importer().importPaths(List.of(file), Optional.empty(), ImportListener.SILENT);
    }

    public App app() {
        return app;
    }

    /** The recommendation whose text starts with the words given. */
    public Recommendation recommendation(String textStart) {
        return app.recommendations().all(RecommendationFilter.none()).stream()
                .filter(r -> r.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no recommendation starts with: " + textStart));
    }

    /** The review of Algeria in session 13, which the UPR Info sample fills. */
    public Review algeria() {
        return app.reviews().review(StateCode.of("DZA"), 13).orElseThrow();
    }

    /** The review of Kazakhstan in session 20, which its Working Group report fills. */
    public Review kazakhstan() {
        return app.reviews().review(StateCode.of("KAZ"), 20).orElseThrow();
    }

    @Override
    public void close() {
        app.close();
    }
}
