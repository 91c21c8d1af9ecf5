package org.upright.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.upright.Cli;
import org.upright.TestDatabase;

/** A command run in this JVM as a person types it, on a data folder: what it printed and its exit code. */
record CliRun(int code, String out, String err) {
    /**
     * Runs {@code args} with the data folder's options (and its PostgreSQL database in that pass) inserted after
     * the first {@code commandWords} words ("search" is one, "calendar import" two). Standard output and error are
     * the JVM's own, so runs are serialised.
     */
    static synchronized CliRun of(Path data, int commandWords, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(commandWords, TestDatabase.options(data));
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = Cli.run(line.toArray(String[]::new));
            return new CliRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
