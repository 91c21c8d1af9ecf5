package org.upright;

import java.nio.file.Path;
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
}
