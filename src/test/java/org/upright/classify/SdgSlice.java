package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.upright.Cli;
import org.upright.ingest.Texts;

/**
 * A model trained once per test run with `upright train` on 2,500 rows of sessions 13–21 of the real SDG Explorer
 * export, and 300 rows of sessions 23–24 whose texts it never saw, shared by the tests.
 */
record SdgSlice(List<List<Object>> all, List<List<Object>> training, List<List<Object>> heldOut, Path trainingFile,
                Path heldOutFile, Path model) {
    private static SdgSlice slice;

    static synchronized SdgSlice get() {
        if (slice == null) {
            try {
                Path dir = Files.createTempDirectory("upright-sdg-test-");
                dir.toFile().deleteOnExit();
                List<List<Object>> all = ExplorerSlice.rows(ExplorerSlice.CYCLE2);
                Path trainingFile = dir.resolve("train.xlsx"), heldOutFile = dir.resolve("held-out.xlsx");
                List<List<Object>> training = ExplorerSlice.write(all, r -> ExplorerSlice.session(all, r) <= 21, 2500, trainingFile);
                Set<String> seen = new HashSet<>();
                training.forEach(r -> seen.add(Texts.matchKey(ExplorerSlice.column(all, r, "Tekst"))));
                List<List<Object>> heldOut = ExplorerSlice.write(all, r -> ExplorerSlice.session(all, r) >= 23
                        && !seen.contains(Texts.matchKey(ExplorerSlice.column(all, r, "Tekst"))), 300, heldOutFile);
                Path model = dir.resolve("model");
                assertThat(Cli.run("train", "--out", model.toString(), trainingFile.toString())).isZero();
                slice = new SdgSlice(all, training, heldOut, trainingFile, heldOutFile, model);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return slice;
    }
}
