package org.upright;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the PostgreSQL test cluster, when the pass started one, once every test has run. */
public final class TestSession implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.stop();
    }
}
