package org.upright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.Map;
import org.upright.App;
import org.upright.common.Audited;
import org.upright.common.Viewer;
import org.upright.ingest.Format;
import org.upright.ingest.ImportSummary;
import org.upright.ingest.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright import PATH…`: files or folders, format detected per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files or folders into the record; the format of each file is detected.",
                "Ends with one JSON line of counts on standard output. Exit code 1 when a file failed."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as this format: upr-info, un-reports-csv, wg-report, ohchr-thematic-docx, ohchr-thematic-md.")
    String format;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected row (file, line, reason) to this CSV file.")
    Path rejectsFile;

    @Option(names = "--dry-run", description = "Read and check every file, report what would be imported and rejected, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Optional<Format> forced = Optional.empty();
        if (format != null) {
            forced = Format.byId(format);
            if (forced.isEmpty()) {
                System.err.println("upright import: unknown --format '" + format + "'; use one of "
                        + java.util.Arrays.stream(Format.values()).map(Format::id).toList());
                return 2;
            }
        }
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            ImportSummary summary = dryRun
                    ? report(app.importer().dryRun(paths, forced, ProgressBar.forTerminal()), rejectsFile)
                    : run(app, paths, forced, rejectsFile);
            return summary.anyFailed() ? 1 : 0;
        }
    }

    /** Imports, reports failures on stderr, writes rejects, prints the JSON line; shared with `demo`. */
    static ImportSummary run(App app, List<Path> paths, Optional<Format> forced, Path rejectsFile) throws IOException {
        ImportSummary summary = app.importer().importPaths(paths, forced, ProgressBar.forTerminal());
        app.events().publish(Audited.of(Viewer.cli(), "import", String.join(" ", paths.stream().map(Path::toString).toList()),
                Map.of("summary", summary.jsonLine())));
        // new recommendations may repeat earlier ones, or be repeated by ones already in
        if (summary.recommendationsNew() > 0) {
            var run = LinkRepeatsCommand.link(app);
            System.err.printf("linked %,d repeats among %,d recommendations in %.1f s%n", run.links(), run.recommendations(), run.tookMs() / 1000.0);
        }
        return report(summary, rejectsFile);
    }

    private static ImportSummary report(ImportSummary summary, Path rejectsFile) throws IOException {
        for (ImportSummary.FileOutcome f : summary.files()) {
            if (f.status() == ImportSummary.Status.FAILED) System.err.println("failed: " + f.message());
        }
        if (rejectsFile != null) writeRejects(summary.rejects(), rejectsFile);
        else if (summary.rejected() > 0) {
            System.err.println(summary.rejected() + " rows were rejected; --rejects FILE lists each with its reason");
        }
        System.out.println(summary.jsonLine());
        return summary;
    }

    private static void writeRejects(List<Reject> rejects, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            out.println("file,line,reason");
            for (Reject r : rejects) out.println(csv(r.file()) + "," + r.line() + "," + csv(r.reason()));
        }
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
