package org.upright;

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
            System.out.println("PostgreSQL pass skipped: no PostgreSQL 15 in " + TestPostgres.bin()
                    + " (apt-get install postgresql installs it)");
        }
        return FilterResult.excluded("PostgreSQL is not installed");
    }
}
