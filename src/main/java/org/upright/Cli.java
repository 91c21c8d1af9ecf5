package org.upright;

import org.upright.cli.BackupCommand;
import org.upright.cli.CalendarCommand;
import org.upright.cli.ClassifyCommand;
import org.upright.cli.DemoCommand;
import org.upright.cli.ExportCommand;
import org.upright.cli.ImportCommand;
import org.upright.cli.IngestDocumentCommand;
import org.upright.cli.AssessmentsCommand;
import org.upright.cli.LabelsCommand;
import org.upright.cli.ReindexCommand;
import org.upright.cli.RestoreCommand;
import org.upright.cli.SearchCommand;
import org.upright.cli.ServeCommand;
import org.upright.cli.StatsCommand;
import org.upright.cli.TrainCommand;
import org.upright.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `upright serve | import | demo | stats | reindex | search | export | backup | restore | …`, each with --help. */
@Command(name = "upright", mixinStandardHelpOptions = true, version = "UPRight 0.1",
        description = "UPRight keeps the record of the UN Universal Periodic Review: reviews, recommendations, responses.",
        subcommands = {ServeCommand.class, ImportCommand.class, DemoCommand.class, StatsCommand.class, ReindexCommand.class, org.upright.cli.LinkRepeatsCommand.class,
                TrainCommand.class, ClassifyCommand.class, LabelsCommand.class, AssessmentsCommand.class, SearchCommand.class, ExportCommand.class, UserCommand.class,
                BackupCommand.class, RestoreCommand.class, IngestDocumentCommand.class, CalendarCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            System.err.println("upright: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
