package org.upright;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** The site serving the real extracts on a port of its own, and a browser to read it with: one of each per test class. */
@Tag("browser")
public abstract class RealSiteInBrowser {
    @TempDir
    protected static Path dir;
    protected static TestWorld world;
    protected static TestBrowser browser;
    /** The site's address, without a slash at the end. */
    protected static String site;

    @BeforeAll
    static void openSiteAndBrowser() throws IOException {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = new TestBrowser(dir);
    }

    @AfterAll
    static void closeSiteAndBrowser() {
        if (browser != null) browser.close();
        if (world != null) world.close();
    }
}
