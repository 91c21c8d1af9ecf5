package org.upright;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The PostgreSQL pass runs only where PostgreSQL is installed: elsewhere it says so in one line and runs nothing
 * (the SQLite pass has run every test already).
 */
public final class PostgresqlPassFilter implements PostDiscoveryFilter {
    private static volatile boolean told;

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!TestDatabase.postgresql() || TestPostgres.installed()) return FilterResult.included("PostgreSQL is here");
        if (!told) {
            told = true;
            // straight to the process's stderr: the build shows it, where System.out goes to the test report files
            PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            console.println("PostgreSQL pass skipped: no PostgreSQL 15 in " + TestPostgres.bin()
                    + " (apt-get install postgresql installs it)");
        }
        return FilterResult.excluded("PostgreSQL is not installed");
    }
}
