package org.upright.cli;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.common.StateCode;
import org.upright.recommendation.RecordStats;
import org.upright.state.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `upright stats`: counts by cycle, session, response and state. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of the record by cycle, session, response and state.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--top", defaultValue = "20", description = "How many states to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            RecordStats s = app.recommendations().stats();
            System.out.println("recommendations: " + s.recommendations() + "   voluntary pledges: " + s.pledges());
            System.out.println("\nby cycle");
            s.byCycle().forEach((c, n) -> System.out.printf("  cycle %d  %8d%n", c, n));
            System.out.println("\nby session");
            s.bySession().forEach((c, n) -> System.out.printf("  session %2d  %8d%n", c, n));
            System.out.println("\nby response");
            s.byResponse().forEach((r, n) -> System.out.printf("  %-10s %8d%n", r.label(), n));
            printStates(app, "received (state under review)", s.byStateUnderReview());
            printStates(app, "made (recommending state)", s.byRecommendingState());
        }
        return 0;
    }

    private void printStates(App app, String title, Map<StateCode, Long> counts) {
        System.out.println("\nrecommendations " + title + ", top " + top);
        counts.entrySet().stream().sorted(Map.Entry.<StateCode, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .forEach(e -> System.out.printf("  %s %-40s %8d%n", e.getKey(),
                        app.states().byCode(e.getKey()).map(State::name).orElse("?"), e.getValue()));
    }
}
