package org.upright.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.calendar.CalendarEntry;
import org.upright.calendar.CalendarPage;
import org.upright.calendar.ScheduleException;
import org.upright.common.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright calendar import FILE` and `upright calendar next`: the review calendar from the command line. */
@Command(name = "calendar", mixinStandardHelpOptions = true, description = "The review calendar: import a schedule, list what comes next.",
        subcommands = {CalendarCommand.Import.class, CalendarCommand.Next.class})
public final class CalendarCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads a schedule (CSV: state,session,review_date[,stakeholders_due,national_report_due,adoption])"
                    + " and confirms each review it names; nothing is kept when any line is wrong.")
    static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "The schedule file, UTF-8.")
        Path file;

        @Override
        public Integer call() throws IOException {
            String text = read(file);
            try (App app = new App(common.settings(0, "127.0.0.1"))) {
                int saved = app.calendar().importSchedule(Viewer.cli(), text, file.getFileName().toString());
                System.out.println(saved + (saved == 1 ? " review" : " reviews") + " confirmed from " + file);
            }
            return 0;
        }

        private static String read(Path file) throws IOException {
            try {
                if (Files.size(file) > 4L * org.upright.calendar.ScheduleFile.MAX_CHARS) {
                    throw new ScheduleException(file + " is " + Files.size(file) / 1_000_000 + " MB; a schedule is one line per review."
                            + " Check that this is the right file.");
                }
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (NoSuchFileException e) {
                throw new ScheduleException("There is no file " + file + "; give the path of the schedule file.");
            } catch (CharacterCodingException e) {
                throw new ScheduleException(file + " is not UTF-8 text; save the schedule as CSV (UTF-8) and import it again.");
            }
        }
    }

    @Command(name = "next", mixinStandardHelpOptions = true, description = "Each state's next review, soonest first.")
    static final class Next implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            try (App app = new App(common.settings(0, "127.0.0.1"))) {
                List<CalendarEntry> next = app.calendar().upcoming();
                if (next.isEmpty()) System.out.println("No review is known yet: import the record or a schedule first.");
                for (CalendarEntry e : next) {
                    CalendarPage.Row row = CalendarPage.Row.of(e, app.calendar().today());
                    System.out.println(row.sentence() + " (" + e.status().label() + ")");
                }
            }
            return 0;
        }
    }
}
