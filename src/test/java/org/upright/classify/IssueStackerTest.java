package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueStackerTest {
    /**
     * Three issues over 1,000 recommendations: issue 1 is given exactly when issue 0 is, but the first stage is
     * blind to it (its probability is noise around 0.3); issue 2 is independent and its first stage is right.
     */
    private record World(double[][] p, double[][][] own, boolean[][] gold, List<Integer> rows) {
    }

    private static World world(long seed) {
        Random r = new Random(seed);
        int n = 1000;
        double[][] p = new double[n][3];
        double[][][] own = new double[n][3][0];
        boolean[][] gold = new boolean[n][3];
        for (int i = 0; i < n; i++) {
            gold[i][0] = r.nextBoolean();
            gold[i][1] = gold[i][0];
            gold[i][2] = r.nextDouble() < 0.3;
            p[i][0] = gold[i][0] ? 0.75 + 0.2 * r.nextDouble() : 0.05 + 0.2 * r.nextDouble();
            p[i][1] = 0.2 + 0.2 * r.nextDouble();
            p[i][2] = gold[i][2] ? 0.7 + 0.2 * r.nextDouble() : 0.1 + 0.2 * r.nextDouble();
        }
        return new World(p, own, gold, IntStream.range(0, n).boxed().toList());
    }

    @Test
    void an_issue_the_first_stage_misses_is_found_through_the_issue_it_always_comes_with() {
        World w = world(1);
        IssueStacker s = IssueStacker.fit(w.p(), w.own(), w.gold(), w.rows(), 1);
        int right = 0;
        for (int i : w.rows()) if (s.apply(w.p()[i], w.own()[i])[1] >= 0.5 == w.gold()[i][1]) right++;
        assertThat(right).isGreaterThan(950);
    }

    @Test
    void a_strong_pull_towards_the_first_stage_learns_no_co_occurrence() {
        World w = world(2);
        IssueStacker s = IssueStacker.fit(w.p(), w.own(), w.gold(), w.rows(), 1e7);
        double[][] none = new double[3][0];
        double withIssue0 = s.apply(new double[] {0.9, 0.3, 0.2}, none)[1];
        double withoutIssue0 = s.apply(new double[] {0.1, 0.3, 0.2}, none)[1];
        assertThat(withIssue0).isCloseTo(withoutIssue0, within(0.01));
        IssueStacker free = IssueStacker.fit(w.p(), w.own(), w.gold(), w.rows(), 1);
        assertThat(free.apply(new double[] {0.9, 0.3, 0.2}, none)[1] - free.apply(new double[] {0.1, 0.3, 0.2}, none)[1])
                .isGreaterThan(0.5);
    }

    @Test
    void a_saved_stacker_gives_the_same_probabilities_when_loaded(@TempDir Path dir) throws Exception {
        World w = world(3);
        IssueStacker s = IssueStacker.fit(w.p(), w.own(), w.gold(), w.rows(), 1);
        s.save(dir.resolve("s.bin"));
        IssueStacker loaded = IssueStacker.load(dir.resolve("s.bin"));
        assertThat(loaded.apply(w.p()[5], w.own()[5])).containsExactly(s.apply(w.p()[5], w.own()[5]));
    }

    @Test
    void remapped_to_a_model_with_a_new_issue_that_issue_keeps_its_first_stage_probability() {
        World w = world(4);
        IssueStacker s = IssueStacker.fit(w.p(), w.own(), w.gold(), w.rows(), 1);
        IssueStacker m = s.remap(List.of("a", "b", "c"), List.of("new", "a", "b", "c"));
        double[] p = {0.42, w.p()[9][0], w.p()[9][1], w.p()[9][2]};
        double[] out = m.apply(p, new double[4][0]);
        assertThat(out[0]).isCloseTo(0.42, within(1e-9));
        double[] before = s.apply(w.p()[9], w.own()[9]);
        assertThat(new double[] {out[1], out[2], out[3]}).containsExactly(before, within(1e-9));
    }

    @Test
    void a_damaged_file_is_refused(@TempDir Path dir) throws Exception {
        java.nio.file.Files.write(dir.resolve("s.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IssueStacker.load(dir.resolve("s.bin")))
                .hasMessageContaining("not a stacker file");
    }
}
