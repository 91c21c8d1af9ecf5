package org.upright.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NoFormCheck;
import org.upright.web.Require;

/**
 * {@code POST /api/v1/subscriptions}: a sign-up from another site or program. 202 and one confirmation mail; 400
 * naming every problem and no mail; 429 when too many sign-ups came from the address or for the e-mail.
 */
public final class SubscriptionApiRoutes {
    private final SubscriptionService subscriptions;

    private SubscriptionApiRoutes(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    public static void register(RoutesConfig routes, SubscriptionService subscriptions) {
        SubscriptionApiRoutes r = new SubscriptionApiRoutes(subscriptions);
        routes.post("/api/v1/subscriptions", r::signUp, Require.ANYONE, NoFormCheck.JSON_ONLY);
    }

    private void signUp(Context ctx) {
        JsonNode body = body(ctx);
        List<SignUp.Typed> follows = new ArrayList<>();
        JsonNode follow = body.path("follow");
        if (!follow.isMissingNode() && !follow.isNull() && !follow.isArray()) {
            throw new BadRequest("follow: a list such as [{\"kind\": \"state\", \"value\": \"KAZ\"}].");
        }
        for (JsonNode f : follow) {
            if (!f.isObject()) throw new BadRequest("follow: each item is an object with kind and value, such as {\"kind\": \"state\", \"value\": \"KAZ\"}.");
            follows.add(new SignUp.Typed(f.path("kind").asText(""), f.path("value").asText("")));
        }
        try {
            subscriptions.signUp(new SignUp(text(body, "email"), text(body, "name"), follows, "api", Auth.viewer(ctx).address()));
        } catch (SignUpThrottled e) {
            ctx.status(429).json(Map.of("status", 429, "error", e.getMessage()));
            return;
        } catch (SubscriptionException e) {
            ctx.status(400).json(Map.of("status", 400, "error", e.getMessage(), "problems", e.problems()));
            return;
        }
        ctx.status(202).json(Map.of("status", "pending",
                "message", "A mail with a link to confirm the subscription is on its way; nothing is sent before it is confirmed."));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body());
            if (body == null || !body.isObject()) throw new BadRequest("Send a JSON object: {\"email\", \"name\", \"follow\": [{\"kind\", \"value\"}]}.");
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("The body is not JSON (" + e.getOriginalMessage() + "). Send {\"email\", \"name\", \"follow\": [{\"kind\", \"value\"}]}.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.path(field);
        return n.isTextual() ? n.asText() : null;
    }
}
