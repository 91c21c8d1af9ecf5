package org.upright.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `upright COMMAND …` in a JVM of its own, as a user runs it: the same java, classpath and flags as the tests,
 * main class {@link org.upright.Cli}; its output goes to files so it never blocks on a full pipe.
 */
final class UprightProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private UprightProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static UprightProcess start(Path logs, String name, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.upright.Cli"));
        command.addAll(List.of(args));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new UprightProcess(p, out, err);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to clean up, as when the machine loses power or the OOM killer strikes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the end and returns the exit code. */
    int await() throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within 10 minutes: " + describe());
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out);
    }

    String describe() {
        try {
            return "stdout: " + Files.readString(out) + "\nstderr: " + Files.readString(err);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
