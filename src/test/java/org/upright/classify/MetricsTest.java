package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
    @Test
    void micro_f1_counts_every_label_and_macro_f1_averages_the_labels() {
        var s = Metrics.multiLabel(List.of(Set.of("a", "b"), Set.of("a")), List.of(Set.of("a"), Set.of("a", "c")));
        // tp 2, fp 1 (c), fn 1 (b): P 2/3, R 2/3
        assertThat(s.microF1()).isCloseTo(2.0 / 3, offset(1e-9));
        // a: F1 1, b: F1 0 (c has no gold occurrence and is left out of the macro average)
        assertThat(s.macroF1()).isCloseTo(0.5, offset(1e-9));
        assertThat(s.labels()).extracting(Metrics.LabelScore::label).containsExactly("a", "b", "c");
    }

    @Test
    void a_perfectly_calibrated_forecaster_has_an_expected_calibration_error_near_zero() {
        Random r = new Random(5);
        List<Double> p = new ArrayList<>();
        List<Boolean> ok = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            double q = r.nextDouble();
            p.add(q);
            ok.add(r.nextDouble() < q);
        }
        assertThat(Metrics.calibration(p, ok).expectedCalibrationError()).isLessThan(0.02);
        List<Boolean> always = p.stream().map(x -> true).toList();
        assertThat(Metrics.calibration(p, always).expectedCalibrationError()).isGreaterThan(0.4);
    }

    @Test
    void platt_scaling_recovers_the_slope_and_offset_of_a_distorted_probability() {
        Random r = new Random(9);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double x = r.nextGaussian() * 2;
            double truth = Tuning.sigmoid(0.5 * x - 1);
            pairs.add(new double[] {x, r.nextDouble() < truth ? 1 : 0});
        }
        double[] ab = Tuner.platt(pairs);
        assertThat(ab[0]).isCloseTo(0.5, offset(0.08));
        assertThat(ab[1]).isCloseTo(-1, offset(0.1));
    }

    @Test
    void thresholds_follow_issue_names_when_a_model_has_other_issues() {
        Tuning t = new Tuning(0.2, 0.1, 12, 1, 0, new float[] {0.3f, 0.7f}, new float[5], 1, 0, 0, 2);
        Tuning moved = t.remap(List.of("Death penalty", "Torture"), List.of("Torture", "Women's rights"));
        assertThat(moved.thresholds()[0]).isEqualTo(0.7f);
        assertThat(moved.thresholds()[1]).isIn(0.3f, 0.7f);
    }

    /** One issue; the linear model says 0.2, the neighbours 0.9; nearest neighbour 0.95 or 0.5 alike. */
    private static TextModel.Raw raw(float nearest) {
        return new TextModel.Raw(new float[] {0.2f}, new float[] {0.9f}, new float[5], new float[5], 1, nearest);
    }

    @Test
    void a_text_with_a_nearly_identical_neighbour_follows_the_neighbours_more() {
        Tuning t = new Tuning(0.1, 0, 12, 1, 0, new float[] {0.5f}, new float[5], 1, 0, 0.8, 0.9);
        assertThat(t.issueProbabilities(raw(0.95f))[0]).isCloseTo(0.2 * 0.2 + 0.8 * 0.9, offset(1e-6));
        assertThat(t.issueProbabilities(raw(0.5f))[0]).isCloseTo(0.9 * 0.2 + 0.1 * 0.9, offset(1e-6));
    }

    @Test
    void the_near_duplicate_weight_survives_a_save_and_an_older_tuning_file_loads_without_it(@TempDir Path dir)
            throws Exception {
        Tuning t = new Tuning(0.1, 0.2, 12, 1.5, -0.5, new float[] {0.4f}, new float[5], 1, 0, 0.7, 0.8);
        t.save(dir.resolve("tuning.properties"), List.of("Torture"));
        Tuning back = Tuning.load(dir.resolve("tuning.properties"), List.of("Torture"));
        assertThat(back.nearBlend()).isEqualTo(0.7);
        assertThat(back.nearSimilarity()).isEqualTo(0.8);
        Files.writeString(dir.resolve("old.properties"), "issueBlend=0.1\ncategoryBlend=0.2\nneighbours=12\nplattA=1\n"
                + "plattB=0\ncategoryA=1\ncategoryB=0\n");
        Tuning old = Tuning.load(dir.resolve("old.properties"), List.of("Torture"));
        assertThat(old.issueProbabilities(raw(0.99f))[0]).isCloseTo(0.9 * 0.2 + 0.1 * 0.9, offset(1e-6));
    }
}
