package org.upright.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.common.Audited;
import org.upright.common.Viewer;
import org.upright.followup.RepeatService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `upright link-repeats`: links every recommendation to the earlier ones to the same state that it repeats. */
@Command(name = "link-repeats", mixinStandardHelpOptions = true,
        description = {"Link every recommendation to the earlier ones to the same state it repeats (search engine + shared labels).",
                "Replaces what the last run found; links a person confirmed or rejected keep the decision. `import` runs it too.",
                "Ends with one JSON line: recommendations looked at, links kept, milliseconds."})
public final class LinkRepeatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            RepeatService.LinkRun run = link(app);
            System.out.println("{\"recommendations\":" + run.recommendations() + ",\"links\":" + run.links() + ",\"took_ms\":" + run.tookMs() + "}");
        }
        return 0;
    }

    /** Links the whole record once the index holds every change; shared with `import` and `demo`. */
    static RepeatService.LinkRun link(App app) {
        app.search().awaitChanges();
        int[] told = {0};
        RepeatService.LinkRun run = app.repeats().linkAll(done -> {
            if (done / 10_000 > told[0]) System.err.printf("linking repeats: %,d recommendations%n", (told[0] = done / 10_000) * 10_000);
        });
        app.events().publish(Audited.of(Viewer.cli(), "repeat.link", "record",
                Map.of("recommendations", run.recommendations(), "links", run.links(), "took_ms", run.tookMs())));
        return run;
    }
}
