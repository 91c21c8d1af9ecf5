package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {
    /** Two outputs: output 0 fires on feature 0, output 1 on feature 1; feature 2 is noise. */
    private static List<SparseVector> toy(Random r, float[][] targets) {
        List<SparseVector> xs = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            int f = r.nextInt(2);
            xs.add(new SparseVector(new int[] {f, 2}, new float[] {1f, r.nextFloat()}));
            targets[i] = new float[2];
            targets[i][f] = 1;
        }
        return xs;
    }

    @Test
    void one_vs_rest_logistic_outputs_learn_a_separable_toy_problem() {
        float[][] y = new float[400][];
        List<SparseVector> xs = toy(new Random(1), y);
        LinearModel m = LinearModel.train(LinearModel.Link.SIGMOID, 3, 2, xs, y, new LinearModel.Options(1e-4, 20, 0.5, 7));
        float[] p = m.probabilities(new SparseVector(new int[] {0}, new float[] {1f}));
        assertThat(p[0]).isGreaterThan(0.8f);
        assertThat(p[1]).isLessThan(0.2f);
    }

    @Test
    void a_softmax_model_gives_a_distribution_that_picks_the_right_class() {
        float[][] y = new float[400][];
        List<SparseVector> xs = toy(new Random(2), y);
        LinearModel m = LinearModel.train(LinearModel.Link.SOFTMAX, 3, 2, xs, y, new LinearModel.Options(1e-4, 20, 0.5, 7));
        float[] p = m.probabilities(new SparseVector(new int[] {1}, new float[] {1f}));
        assertThat(p[0] + p[1]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(p[1]).isGreaterThan(0.8f);
    }

    @Test
    void counting_positives_more_raises_the_score_of_a_rare_output() {
        // output 0 is given on one example in twenty, when feature 0 is there; feature 1 is everywhere
        Random r = new Random(4);
        List<SparseVector> xs = new ArrayList<>();
        float[][] y = new float[2000][];
        for (int i = 0; i < y.length; i++) {
            boolean rare = r.nextInt(20) == 0;
            xs.add(rare ? new SparseVector(new int[] {0, 1}, new float[] {0.5f, 1f}) : new SparseVector(new int[] {1}, new float[] {1f}));
            y[i] = new float[] {rare ? 1 : 0};
        }
        var plain = new LinearModel.Options(1e-3, 5, 0.5, 7, LinearModel.Loss.SQUARED_HINGE, 1);
        var weighted = new LinearModel.Options(1e-3, 5, 0.5, 7, LinearModel.Loss.SQUARED_HINGE, 3);
        SparseVector rare = new SparseVector(new int[] {0, 1}, new float[] {0.5f, 1f});
        float before = LinearModel.train(LinearModel.Link.SIGMOID, 2, 1, xs, y, plain).margins(rare)[0];
        float after = LinearModel.train(LinearModel.Link.SIGMOID, 2, 1, xs, y, weighted).margins(rare)[0];
        assertThat(after).isGreaterThan(before + 0.1f);
    }

    @Test
    void weights_survive_a_save_and_load(@TempDir Path dir) throws Exception {
        float[][] y = new float[100][];
        List<SparseVector> xs = toy(new Random(3), y);
        LinearModel m = LinearModel.train(LinearModel.Link.SIGMOID, 3, 2, xs, y, new LinearModel.Options(1e-4, 5, 0.5, 7));
        m.save(dir.resolve("w.bin"));
        LinearModel back = LinearModel.load(dir.resolve("w.bin"));
        SparseVector x = new SparseVector(new int[] {0, 2}, new float[] {0.7f, 0.3f});
        assertThat(back.probabilities(x)).containsExactly(m.probabilities(x));
    }

    @Test
    void nearest_neighbours_are_found_by_cosine_similarity() {
        List<SparseVector> docs = List.of(new SparseVector(new int[] {0, 1}, new float[] {0.6f, 0.8f}),
                new SparseVector(new int[] {2, 3}, new float[] {0.8f, 0.6f}));
        NeighbourIndex index = NeighbourIndex.build(new ArrayList<>(docs), 4);
        var near = index.nearest(new SparseVector(new int[] {2, 3}, new float[] {0.6f, 0.8f}), 1);
        assertThat(near).hasSize(1);
        assertThat(near.get(0).doc()).isEqualTo(1);
    }
}
