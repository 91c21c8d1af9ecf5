package org.upright.cli;

import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.search.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `upright reindex`: rebuilds the search index from the record. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the record (the index is derived data in DATA-DIR/index).",
                "Not needed in normal use: the index follows every change and rebuilds itself when missing or damaged."})
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            long started = System.nanoTime();
            app.search().rebuild(ProgressLine.toStderrAlways());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("indexed %,d recommendations and pledges in %.1f s%n", app.search().indexed(), seconds);
        }
        return 0;
    }
}
