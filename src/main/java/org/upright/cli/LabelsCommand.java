package org.upright.cli;

import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.classify.ModelException;
import org.upright.recommendation.RecommendationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `upright labels accept|reject RECOMMENDATION_ID KIND VALUE`: a person decides on a machine suggestion. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = {"Accept or reject a label suggested by the classifier.",
                "accept: the label becomes one given by a person (and is used by `train --from-record`);",
                "reject: the suggestion is removed and never made again for that recommendation.",
                "KIND is issue, theme, group, sdg, sdg_target (or target: VALUE such as 16.3) or action (VALUE 1-5)."})
public final class LabelsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "accept|reject")
    String decision;

    @Parameters(index = "1", paramLabel = "RECOMMENDATION_ID")
    long id;

    @Parameters(index = "2", paramLabel = "KIND")
    String kind;

    @Parameters(index = "3", paramLabel = "VALUE")
    String value;

    @Override
    public Integer call() {
        if (!decision.equals("accept") && !decision.equals("reject")) {
            System.err.println("upright labels: say accept or reject, not \"" + decision + "\"");
            return 2;
        }
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            RecommendationId rid = new RecommendationId(id);
            String done = decision.equals("accept") ? app.classification().accept(rid, kind, value)
                    : app.classification().reject(rid, kind, value);
            System.out.println(done);
            return 0;
        } catch (ModelException e) {
            System.err.println("upright labels: " + e.getMessage());
            return 2;
        }
    }
}
