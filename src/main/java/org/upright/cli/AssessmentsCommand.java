package org.upright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.common.NotAllowed;
import org.upright.common.Viewer;
import org.upright.followup.AssessmentTable;
import org.upright.followup.FollowUpException;
import org.upright.followup.FollowUpService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `upright assessments import FILE.csv|FILE.xlsx`: a table of assessments in, good rows together, bad ones listed with line and reason. */
@Command(name = "assessments", mixinStandardHelpOptions = true,
        description = {"Import a table of assessments, CSV or .xlsx (its first sheet), with a header row (see docs/FOLLOW-UP.md):",
                "recommendation (id) or state + session + paragraph; date, status, source_kind, source_name;",
                "optionally source_wording, evidence_url, evidence_passage, note, visibility.",
                "Every row is checked first; the good rows go in together, the others are listed with their line and why.",
                "Exit code 0: all in; 1: some rows rejected (the good ones are in); 2: nothing imported."})
public final class AssessmentsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "import")
    String action;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        if (!action.equals("import")) {
            System.err.println("upright assessments: the only action is import, not \"" + action + "\"");
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println("upright assessments: cannot read " + file + " (" + e.getMessage() + ")");
            return 2;
        }
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            FollowUpService.Imported done = app.followUp().importFile(Viewer.cli(), bytes);
            System.out.println(done.added() + " assessment(s) added from " + file.getFileName() + "; " + done.rejects().size() + " row(s) rejected");
            for (AssessmentTable.Reject r : done.rejects()) System.out.println("line " + r.line() + ": " + r.reason());
            return done.rejects().isEmpty() ? 0 : 1;
        } catch (FollowUpException | NotAllowed e) {
            System.err.println("upright assessments: " + e.getMessage());
            return 2;
        }
    }
}
