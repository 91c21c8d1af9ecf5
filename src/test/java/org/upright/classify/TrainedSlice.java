package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.upright.Cli;

/** A model trained once per test run with `upright train` on sessions 1–5 of the UPR Info export, shared by the tests. */
final class TrainedSlice {
    static final Path SLICE = Path.of("../shared/data/upr-info/1-5.csv");
    private static Path model;

    private TrainedSlice() {
    }

    static synchronized Path model() {
        if (model == null) {
            try {
                Path dir = Files.createTempDirectory("upright-classify-test-");
                dir.toFile().deleteOnExit();
                Path m = dir.resolve("model");
                assertThat(Cli.run("train", "--out", m.toString(), SLICE.toString())).isZero();
                model = m;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return model;
    }
}
