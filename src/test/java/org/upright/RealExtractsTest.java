package org.upright;

import io.javalin.testtools.TestConfig;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up that route and API tests share: one {@link TestWorld} with the real extracts per test class,
 * in a temporary data folder removed afterwards. Test classes run one after another, so the static world
 * belongs to the class that is running.
 */
public abstract class RealExtractsTest {
    @TempDir
    static Path dir;
    protected static TestWorld world;

    @BeforeAll
    static void openWorld() {
        world = TestWorld.withRealExtracts(dir);
    }

    @AfterAll
    static void closeWorld() {
        world.close();
    }

    /** A JavalinTest client with cookies of its own, so a language chosen with ?lang= stays in the test that chose it. */
    protected static TestConfig ownCookies() {
        return new TestConfig(false, true, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), Map.of());
    }
}
