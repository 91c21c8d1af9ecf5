package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.account.Session;
import org.upright.common.Role;
import org.upright.common.Viewer;

/**
 * Every route the router holds, asked by every role: allowed or refused as the table below says. The routes come
 * from Javalin's router, so a route added later is asked too, and one the table does not know fails the test.
 */
class AccessMatrixTest extends RealExtractsTest {
    /** The least role each URL space needs, by method and path prefix; the first match wins. */
    private record Rule(String method, String prefix, Role least) {
    }

    private static final List<Rule> TABLE = List.of(
            new Rule("GET", "/admin", Role.ADMIN),
            new Rule("POST", "/admin", Role.ADMIN),
            new Rule("GET", "/account", Role.RESEARCHER),
            new Rule("POST", "/account", Role.RESEARCHER),
            new Rule("POST", "/sign-out", Role.RESEARCHER),
            new Rule("POST", "/sign-in", Role.ANONYMOUS),
            new Rule("POST", "/recommendations/", Role.EDITOR),
            new Rule("POST", "/api/v1/recommendations/", Role.EDITOR),
            new Rule("POST", "/cases", Role.EDITOR),
            new Rule("GET", "/cases/new", Role.EDITOR),
            new Rule("GET", "/cases/{id}/edit", Role.EDITOR),
            new Rule("GET", "/cases/{id}/delete", Role.EDITOR),
            new Rule("POST", "/documents", Role.EDITOR),
            new Rule("POST", "/api/v1/documents", Role.EDITOR),
            new Rule("POST", "/calendar/", Role.EDITOR),
            new Rule("GET", "/assessments/", Role.EDITOR),
            new Rule("POST", "/assessments/", Role.EDITOR),
            new Rule("POST", "/reviews/", Role.EDITOR),
            // sign-up and the pages reached from a subscriber's mails: the signed link is the permission
            new Rule("POST", "/subscriptions", Role.ANONYMOUS),
            new Rule("POST", "/api/v1/subscriptions", Role.ANONYMOUS),
            new Rule("GET", "/follow-up/", Role.RESEARCHER),
            // surveys: the public answers at /surveys/{slug}; everything else about surveys is for editors (answers are personal data)
            new Rule("GET", "/surveys/{slug}", Role.ANONYMOUS),
            new Rule("POST", "/surveys/{slug}", Role.ANONYMOUS),
            new Rule("GET", "/surveys", Role.EDITOR),
            new Rule("POST", "/surveys", Role.EDITOR),
            new Rule("GET", "/api/v1/surveys", Role.EDITOR),
            // newsletters: the archive of sent issues is public; writing, sending and delivery status are for editors
            new Rule("GET", "/newsletters/archive", Role.ANONYMOUS),
            new Rule("GET", "/newsletters", Role.EDITOR),
            new Rule("POST", "/newsletters", Role.EDITOR),
            new Rule("GET", "/api/v1/newsletters", Role.EDITOR),
            new Rule("POST", "/api/v1/newsletters", Role.EDITOR),
            new Rule("GET", "/", Role.ANONYMOUS));

    private static final Set<HandlerType> ASKED = Set.of(HandlerType.GET, HandlerType.POST);

    @Test
    void every_route_allows_the_roles_the_table_allows_and_refuses_the_others() {
        Javalin web = world.app().web();
        JavalinTest.test(web, (server, client) -> {
            Http http = new Http(server.port());
            List<String> checked = new ArrayList<>();
            for (var parsed : server.unsafe.internalRouter.allHttpHandlers()) {
                var endpoint = parsed.endpoint;
                if (!ASKED.contains(endpoint.method)) continue;
                String method = endpoint.method.name();
                Role least = TABLE.stream().filter(r -> r.method().equals(method) && endpoint.path.startsWith(r.prefix())).findFirst()
                        .map(Rule::least).orElseThrow(() -> new AssertionError("the table does not say who may " + method + " " + endpoint.path));
                String url = concrete(endpoint.path, method);
                for (Role role : Role.values()) {
                    HttpResponse<String> answer = ask(http, method, url, role);
                    String what = role.id() + " " + method + " " + url + " → " + answer.statusCode();
                    if (role.atLeast(least)) {
                        assertThat(refused(answer)).as(what + " should be allowed: " + answer.body()).isFalse();
                        assertThat(answer.statusCode()).as(what).isLessThan(500);
                    } else {
                        assertThat(refused(answer)).as(what + " should be refused").isTrue();
                    }
                    checked.add(what);
                }
            }
            assertThat(checked).as("routes × roles asked").hasSizeGreaterThan(25 * Role.values().length);
        });
    }

    /** A path with its parameters filled; a change names an account nobody has, so asking it changes nothing. */
    private static String concrete(String path, String method) {
        String id = method.equals("GET") ? "1" : "999999";
        return path.replace("{id}", id).replace("{code}", "KAZ").replace("{number}", "20").replace("{item}", "999999")
                .replace("{slug}", "no-such-survey")
                .replace("{token}", "not-a-signed-link");
    }

    private static HttpResponse<String> ask(Http http, String method, String url, Role role) {
        String csrf = "csrf-token-of-the-anonymous-browser-00000000";
        String cookie = Auth.CSRF_COOKIE + "=" + csrf;
        if (role != Role.ANONYMOUS) {
            // a fresh session for each question, as a sign-out must not end the next question's
            String email = role.id() + "@matrix.example.org";
            if (world.app().accounts().find(email).isEmpty()) world.app().accounts().add(Viewer.cli(), email, role, SignedIn.PASSWORD);
            Session s = world.app().accounts().signIn(email, SignedIn.PASSWORD, "127.0.0.1", null);
            cookie = Auth.SESSION_COOKIE + "=" + s.id();
            csrf = s.csrf();
        }
        return method.equals("GET") ? http.get(url, "Cookie", cookie)
                : http.post(url, Map.of("csrf", csrf), "Cookie", cookie, Auth.CSRF_HEADER, csrf);
    }

    /** Refused by the access rules: sent to sign in, or a 401/403 that names the role needed. */
    private static boolean refused(HttpResponse<String> answer) {
        if (answer.statusCode() == 303) return String.valueOf(Http.location(answer)).startsWith("/sign-in");
        return (answer.statusCode() == 401 || answer.statusCode() == 403)
                && (answer.body().contains("needs an account with the") || answer.body().contains("it needs the"));
    }
}
