package org.upright.backup;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.App;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;

/** The pages and API answers two apps are compared by after a restore: every kind of page, from the same record. */
final class Pages {
    private Pages() {
    }

    /** Addresses of every kind of page and API answer over the real extracts, with ids read from the app given. */
    static List<String> over(App app) {
        List<String> paths = new ArrayList<>(List.of("/", "/states", "/states?order=name", "/states/KAZ", "/states/DZA",
                "/sessions", "/sessions/13", "/sessions/20", "/search?q=torture", "/search?q=women&sur=KAZ&sort=session",
                "/api/v1/states/KAZ", "/api/v1/reviews", "/api/v1/recommendations?sur=KAZ&size=50",
                "/api/v1/search?q=death+penalty", "/classification"));
        List<Recommendation> all = app.recommendations().all(RecommendationFilter.none());
        for (Recommendation r : List.of(all.getFirst(), all.get(all.size() / 2), all.getLast())) {
            paths.add("/recommendations/" + r.id().value());
            paths.add("/api/v1/recommendations/" + r.id().value());
            paths.add("/reviews/" + r.review().value());
        }
        return paths;
    }

    /** Each page's status and body, by address. */
    static Map<String, String> fetch(App app, List<String> paths) {
        Map<String, String> pages = new LinkedHashMap<>();
        JavalinTest.test(app.web(), (server, client) -> {
            for (String path : paths) {
                var response = client.get(path);
                pages.put(path, response.code() + "\n" + withoutSimilar(response.body().string()));
            }
        });
        return pages;
    }

    /**
     * A recommendation page without its list of similar recommendations: recommendations that score the same
     * (identical texts) come in the order of the index's segments, which a rebuilt index may lay out otherwise.
     */
    static String withoutSimilar(String html) {
        return html.replaceAll("(?s)<section class=\"rec-list similar\".*?</section>", "<!-- similar -->");
    }
}
