package org.upright;

import io.javalin.testtools.DefaultTestConfig;
import java.net.CookieManager;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test starts with JavalinTest's shared client holding no cookie. Cookies are kept by host, not by port, so a
 * language one test chose with {@code ?lang=ru} would otherwise follow into the next test class's pages. Registered
 * for every test through {@code META-INF/services} (extension autodetection).
 */
public final class FreshTestCookies implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        DefaultTestConfig.getHttpClient().cookieHandler()
                .filter(CookieManager.class::isInstance)
                .ifPresent(handler -> ((CookieManager) handler).getCookieStore().removeAll());
    }
}
